import "server-only";
import { db } from "@/lib/db";
import type { TAuthSessionDto } from "@/lib/domain/auth/auth-session-dto";
import type { TActor } from "@/lib/server/actor";
import { authSessionSelect, toAuthSessionDto } from "./to-auth-session-dto";

/** Matches the JWT lifetime in lib/auth.ts: older rows belong to cookies that have expired anyway. */
const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The actor's live sessions, most recently active first, with the one making this request marked. */
export async function listAuthSessions({ actor }: { actor: TActor }): Promise<TAuthSessionDto[]> {
  const rows = await db.authSession.findMany({
    where: { userId: actor.userId, revokedAt: null, lastSeenAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_MS) } },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
    select: authSessionSelect,
  });
  return rows.map((r) => toAuthSessionDto(r, actor.sessionId));
}
