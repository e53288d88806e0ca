import "server-only";
import type { TTextLockDto } from "@/lib/domain/documents/text-lock-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const textLockSelect = {
  scope: true,
  lockedAt: true,
  lockedBy: { select: { id: true, name: true } },
} satisfies Prisma.TextLockSelect;

type TTextLockRow = Prisma.TextLockGetPayload<{ select: typeof textLockSelect }>;

export function toTextLockDto(row: TTextLockRow): TTextLockDto {
  return { scope: row.scope, lockedAt: row.lockedAt.toISOString(), lockedBy: row.lockedBy ? { id: row.lockedBy.id, name: row.lockedBy.name } : null };
}
