import "server-only";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/**
 * Revokes every session of the actor, the current one included (each ends on its next request),
 * and every personal access token: this is the button for "someone else may be in my account",
 * and a token minted from a stolen session would otherwise outlive it.
 */
export async function signOutEverywhere({ actor }: { actor: TActor }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    const tokens = await tx.apiToken.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: null,
      action: "user.signed_out_everywhere",
      targetType: "User",
      targetId: actor.userId,
      data: { sessionsEnded: count, tokensRevoked: tokens.count },
    });
    return { sessionsEnded: count, tokensRevoked: tokens.count };
  });
}
