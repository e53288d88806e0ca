import type { TTextLockDto } from "./text-lock-dto";

/** The immutable original a document was imported from (never its bytes: those stay on the server). */
export type TOriginalImportDto = {
  kind: string;
  sourceName: string | null;
  mimeType: string | null;
  byteSize: number;
  sha256: string;
  /** What the importer cut from the article (reader comments, say), one sentence each; the original keeps it. */
  leftOut: string[];
  importedAt: string;
};

/**
 * A document as the API returns it and as the UI receives it, without its content. Dates are ISO
 * strings (`publishedAt`: YYYY-MM-DD, a calendar date). `source` is the label lists show.
 */
export type TDocumentSummaryDto = {
  id: string;
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  source: string;
  /** Moves with every stored edit, mark-only edits included. */
  version: number;
  /** The document-wide text lock, if any (null: editors and above may edit the text). */
  textLock: TTextLockDto | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  importedBy: { id: string; name: string; email: string } | null;
  original: TOriginalImportDto | null;
};

/** The facts about an article that editors may correct after import. */
export type TDocumentDetailsDto = Pick<TDocumentSummaryDto, "title" | "sourceUrl" | "publisher" | "author" | "publishedAt">;

/** A row of the documents list: the summary and how many claims the document has. */
export type TDocumentListItemDto = TDocumentSummaryDto & { claimCount: number };

export const DOCUMENT_SORTS = ["lastActivityAt", "title", "createdAt"] as const;
export type TDocumentSort = (typeof DOCUMENT_SORTS)[number];

export type TDocumentList = {
  documents: TDocumentListItemDto[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: TDocumentSort;
  order: "asc" | "desc";
  q: string;
};
