import "server-only";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** Revokes every session of the actor, the current one included; each ends on its next request. */
export async function signOutEverywhere({ actor }: { actor: TActor }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.authSession.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { actor, workspaceId: null, action: "user.signed_out_everywhere", targetType: "User", targetId: actor.userId, data: { sessionsEnded: count } });
    return { sessionsEnded: count };
  });
}
