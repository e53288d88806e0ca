import "server-only";
import type { TDocumentSummaryDto } from "@/lib/domain/documents/document-dto";
import { documentWideLock } from "@/lib/domain/documents/text-lock-dto";
import { sourceLabel } from "@/lib/domain/import/source-label";
import { textLockSelect, toTextLockDto } from "./to-text-lock-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns every document read selects: never content, ydoc or text unless asked. */
export const documentSummarySelect = {
  id: true,
  title: true,
  sourceUrl: true,
  publisher: true,
  author: true,
  publishedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  lastActivityAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
  original: { select: { kind: true, sourceName: true, mimeType: true, byteSize: true, sha256: true, leftOut: true, importedAt: true } },
  textLocks: { select: textLockSelect, orderBy: { lockedAt: "asc" } },
} satisfies Prisma.DocumentSelect;

export type TDocumentSummaryRow = Prisma.DocumentGetPayload<{ select: typeof documentSummarySelect }>;

export function toDocumentSummary(row: TDocumentSummaryRow): TDocumentSummaryDto {
  return {
    id: row.id,
    title: row.title,
    sourceUrl: row.sourceUrl,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    source: sourceLabel({ publisher: row.publisher, sourceUrl: row.sourceUrl, importKind: row.original?.kind ?? null, sourceName: row.original?.sourceName ?? null }),
    version: row.version,
    textLock: (() => {
      const lock = documentWideLock(row.textLocks);
      return lock ? toTextLockDto(lock) : null;
    })(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    importedBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name, email: row.createdBy.email } : null,
    original: row.original
      ? {
          kind: row.original.kind,
          sourceName: row.original.sourceName,
          mimeType: row.original.mimeType,
          byteSize: row.original.byteSize,
          sha256: row.original.sha256,
          leftOut: row.original.leftOut,
          importedAt: row.original.importedAt.toISOString(),
        }
      : null,
  };
}
