import "server-only";
import { SNAPSHOT_ERROR_CODES, type TSnapshotDetail, type TSnapshotDto, type TSnapshotErrorCode } from "@/lib/domain/evidence/snapshot-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one select for a snapshot without its text or page source (lists, the source page, evidence).
 * `html` is never selected here: whether it exists is asked separately (`hasHtml`), so a list of
 * snapshots never reads megabytes of page source.
 */
export const snapshotSelect = {
  id: true,
  sourceId: true,
  status: true,
  requestedUrl: true,
  finalUrl: true,
  httpStatus: true,
  contentType: true,
  contentHash: true,
  byteSize: true,
  title: true,
  changed: true,
  errorCode: true,
  error: true,
  attempts: true,
  archiveUrl: true,
  fetchedAt: true,
  createdAt: true,
  requestedBy: { select: { id: true, name: true } },
} satisfies Prisma.SourceSnapshotSelect;

export type TSnapshotRow = Prisma.SourceSnapshotGetPayload<{ select: typeof snapshotSelect }>;

/** Rows in the database were written by our own code; an unknown code (a newer release) reads as null. */
function errorCodeOf(code: string | null): TSnapshotErrorCode | null {
  return code && (SNAPSHOT_ERROR_CODES as readonly string[]).includes(code) ? (code as TSnapshotErrorCode) : null;
}

/**
 * A snapshot as the API returns it. `hasHtml` is not a column: callers that list snapshots pass
 * it from a cheap `html IS NOT NULL` read, or from the captured content type (HTML pages keep
 * their source; text/plain has none).
 */
export function toSnapshotDto(row: TSnapshotRow, hasHtml = row.status === "OK" && isHtmlType(row.contentType)): TSnapshotDto {
  return {
    id: row.id,
    sourceId: row.sourceId,
    status: row.status,
    requestedUrl: row.requestedUrl,
    finalUrl: row.finalUrl,
    httpStatus: row.httpStatus,
    contentType: row.contentType,
    contentHash: row.contentHash,
    byteSize: row.byteSize,
    title: row.title,
    changed: row.changed,
    errorCode: errorCodeOf(row.errorCode),
    error: row.error,
    attempts: row.attempts,
    archiveUrl: row.archiveUrl,
    hasHtml,
    fetchedAt: row.fetchedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    requestedBy: row.requestedBy ? { id: row.requestedBy.id, name: row.requestedBy.name } : null,
  };
}

/** Media types whose page source a capture keeps (served only from the sandboxed …/html path). */
export const HTML_MEDIA_TYPES: readonly string[] = ["text/html", "application/xhtml+xml"];

export function isHtmlType(contentType: string | null): boolean {
  return contentType !== null && HTML_MEDIA_TYPES.includes(contentType);
}

export const snapshotDetailSelect = { ...snapshotSelect, text: true } satisfies Prisma.SourceSnapshotSelect;

export type TSnapshotDetailRow = Prisma.SourceSnapshotGetPayload<{ select: typeof snapshotDetailSelect }>;

export function toSnapshotDetail(row: TSnapshotDetailRow): TSnapshotDetail {
  return { ...toSnapshotDto(row), text: row.text };
}
