/** What the documents list shows of a document (the page passes plain data; components never load it). */
export type TDocumentRow = {
  id: string;
  title: string;
  source: string;
  sourceUrl: string | null;
  lastActivityAt: string;
  createdAt: string;
  importedBy: { id: string; name: string; email: string } | null;
  claimCount: number;
};

export type TDocumentSort = "lastActivityAt" | "title" | "createdAt";
export type TSortOrder = "asc" | "desc";

export type TListState = { q: string; sort: TDocumentSort; order: TSortOrder; page: number; pageCount: number; total: number; pageSize: number };
