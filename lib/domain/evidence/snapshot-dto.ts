/** Why a capture failed (SourceSnapshot.errorCode). */
export const SNAPSHOT_ERROR_CODES = [
  "INVALID_URL",
  "PRIVATE_ADDRESS",
  "NOT_FOUND",
  "HTTP_ERROR",
  "TIMEOUT",
  "TOO_LARGE",
  "UNSUPPORTED_TYPE",
  /** Fetched, but not readable as an article: empty, no text, nested past the import guard. */
  "UNREADABLE",
  "NETWORK",
] as const;
export type TSnapshotErrorCode = (typeof SNAPSHOT_ERROR_CODES)[number];

export type TSnapshotStatus = "PENDING" | "OK" | "FAILED";

/** One capture of a URL source, without its text (lists, evidence, the source page's history). */
export type TSnapshotDto = {
  id: string;
  sourceId: string;
  status: TSnapshotStatus;
  requestedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  /** sha256 (hex) of the body as received. */
  contentHash: string | null;
  byteSize: number | null;
  title: string | null;
  /** Whether the content differs from the previous successful capture; null for the first one. */
  changed: boolean | null;
  errorCode: TSnapshotErrorCode | null;
  error: string | null;
  attempts: number;
  archiveUrl: string | null;
  /** Whether the raw page source was kept (served only from the sandboxed …/html path). */
  hasHtml: boolean;
  fetchedAt: string | null;
  createdAt: string;
  requestedBy: { id: string; name: string } | null;
};

/** A capture with its readable text: the snapshot view highlights excerpts in it. */
export type TSnapshotDetail = TSnapshotDto & { text: string | null };
