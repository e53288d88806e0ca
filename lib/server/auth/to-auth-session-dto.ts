import "server-only";
import type { TAuthSessionDto } from "@/lib/domain/auth/auth-session-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const authSessionSelect = { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true } satisfies Prisma.AuthSessionSelect;

export type TAuthSessionRow = Prisma.AuthSessionGetPayload<{ select: typeof authSessionSelect }>;

export function toAuthSessionDto(row: TAuthSessionRow, currentSessionId: string | null | undefined): TAuthSessionDto {
  return {
    id: row.id,
    userAgent: row.userAgent,
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === currentSessionId,
  };
}
