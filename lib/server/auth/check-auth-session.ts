import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";

/** Seen-at is for the "active sessions" list; minute precision is plenty and saves a write per request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

/**
 * True while the AuthSession row behind a JWT exists, belongs to that user and is not revoked.
 * This is what makes "sign out everywhere" and password changes end JWT sessions server-side.
 */
export async function checkAuthSession({ sessionId, userId }: { sessionId: unknown; userId: unknown }): Promise<boolean> {
  if (!isUuid(sessionId) || !isUuid(userId)) return false;
  const row = await db.authSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null },
    select: { lastSeenAt: true },
  });
  if (!row) return false;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  return true;
}
