import type { TDocumentSort } from "@/lib/domain/documents/document-dto";

export type TSortOrder = "asc" | "desc";

/** Where the documents list is: the filter, sort and page the URL asked for, and the totals. */
export type TListState = { q: string; sort: TDocumentSort; order: TSortOrder; page: number; pageCount: number; total: number; pageSize: number };
