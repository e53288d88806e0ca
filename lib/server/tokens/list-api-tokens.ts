import "server-only";
import { db } from "@/lib/db";
import type { TApiTokenDto } from "@/lib/domain/tokens/api-token-dto";
import type { TActor } from "@/lib/server/actor";
import { apiTokenSelect, toApiTokenDto } from "./to-api-token-dto";

/** The actor's tokens that have not been revoked (expired ones stay listed, marked, so they can be cleaned up). */
export async function listApiTokens({ actor }: { actor: TActor }): Promise<TApiTokenDto[]> {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: apiTokenSelect,
  });
  const now = Date.now();
  return rows.map((t) => toApiTokenDto(t, now));
}
