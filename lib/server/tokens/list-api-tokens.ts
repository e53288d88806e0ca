import "server-only";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";

/** The actor's tokens that have not been revoked (expired ones stay listed, marked, so they can be cleaned up). */
export async function listApiTokens({ actor }: { actor: TActor }) {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, access: true, createdAt: true, expiresAt: true, lastUsedAt: true },
  });
  const now = Date.now();
  return rows.map((t) => ({ ...t, expired: t.expiresAt !== null && t.expiresAt.getTime() <= now }));
}
