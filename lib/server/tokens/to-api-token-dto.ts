import "server-only";
import type { TApiTokenDto } from "@/lib/domain/tokens/api-token-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Never the hash: a listed token cannot be used. */
export const apiTokenSelect = { id: true, name: true, prefix: true, access: true, createdAt: true, expiresAt: true, lastUsedAt: true } satisfies Prisma.ApiTokenSelect;

export type TApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>;

export function toApiTokenDto(row: TApiTokenRow, now = Date.now()): TApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    access: row.access,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expired: row.expiresAt !== null && row.expiresAt.getTime() <= now,
  };
}
