import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";

export type TCredentialRef = { userId: string; kind: "session" | "token"; id: string };

/**
 * Which of these sign-ins (AuthSession for cookie sessions, ApiToken for bearer tokens) are still
 * live for their user: not revoked, not expired. At most one query per kind, for any number.
 */
export async function liveCredentials(credentials: TCredentialRef[]): Promise<Set<string>> {
  const owner = new Map(credentials.filter((c) => isUuid(c.id)).map((c) => [c.id, c.userId]));
  const ids = (kind: TCredentialRef["kind"]) => credentials.filter((c) => c.kind === kind && owner.has(c.id)).map((c) => c.id);
  const live = new Set<string>();
  const sessionIds = ids("session");
  if (sessionIds.length) {
    const rows = await db.authSession.findMany({ where: { id: { in: sessionIds }, revokedAt: null }, select: { id: true, userId: true } });
    for (const r of rows) if (owner.get(r.id) === r.userId) live.add(r.id);
  }
  const tokenIds = ids("token");
  if (tokenIds.length) {
    const rows = await db.apiToken.findMany({
      where: { id: { in: tokenIds }, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      select: { id: true, userId: true },
    });
    for (const r of rows) if (owner.get(r.id) === r.userId) live.add(r.id);
  }
  return live;
}
