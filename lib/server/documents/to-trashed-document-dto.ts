import "server-only";
import { purgeDueAt } from "@/lib/domain/documents/trash";
import type { TTrashedDocumentDto } from "@/lib/domain/documents/trashed-document-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const trashedDocumentSelect = {
  id: true,
  title: true,
  deletedAt: true,
  deletedBy: { select: { id: true, name: true } },
  _count: { select: { claims: true } },
} satisfies Prisma.DocumentSelect;

type TRow = Prisma.DocumentGetPayload<{ select: typeof trashedDocumentSelect }>;

/** Only for rows read with `deletedAt: { not: null }`. */
export function toTrashedDocumentDto(row: TRow): TTrashedDocumentDto {
  const trashedAt = row.deletedAt!;
  return {
    id: row.id,
    title: row.title,
    claimCount: row._count.claims,
    trashedAt: trashedAt.toISOString(),
    trashedBy: row.deletedBy ? { id: row.deletedBy.id, name: row.deletedBy.name } : null,
    purgeAt: purgeDueAt(trashedAt).toISOString(),
  };
}
