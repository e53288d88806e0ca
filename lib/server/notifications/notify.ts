import "server-only";
import type { TTx } from "@/lib/db";
import { DEFAULT_CHANNELS, fanOut, type TNotificationEvent } from "@/lib/domain/notifications/fan-out";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishLiveEvent } from "./live-events";

/**
 * Writes the in-app notifications an event causes, in the caller's transaction (so they exist
 * exactly when the change does): the fan-out rules decide who (never the actor, only current
 * members, each once, as their channel allows); the claim's text goes with each for its sentence.
 * Mail (the preferences' email channel) is the notifications issue's next step.
 */
export async function notify(tx: TTx, opts: { workspaceId: string; claimId: string | null; event: TNotificationEvent; data?: Prisma.InputJsonObject }): Promise<number> {
  const ids = candidateIds(opts.event);
  if (ids.length === 0) return 0;
  const members = await tx.membership.findMany({ where: { workspaceId: opts.workspaceId, userId: { in: ids } }, select: { userId: true } });
  // Each person's choice for this kind; mail is not sent yet, so an "email" default means in the app.
  const chosen = await tx.notificationPreference.findMany({ where: { userId: { in: ids }, kind: opts.event.kind }, select: { userId: true, channel: true } });
  const off = new Set(chosen.filter((p) => p.channel === "off").map((p) => p.userId));
  const recipients = fanOut(opts.event, {
    memberIds: new Set(members.map((m) => m.userId)),
    channel: (userId, kind) => (off.has(userId) ? "off" : DEFAULT_CHANNELS[kind]),
  });
  if (recipients.length === 0) return 0;
  const claim = opts.claimId ? await tx.claim.findUnique({ where: { id: opts.claimId }, select: { text: true } }) : null;
  const actorId = "actorId" in opts.event ? opts.event.actorId : null;
  await tx.notification.createMany({
    data: recipients.map((r) => ({
      userId: r.userId,
      workspaceId: opts.workspaceId,
      kind: r.kind,
      claimId: opts.claimId,
      actorId,
      data: { ...(claim ? { claimText: claim.text.slice(0, 300) } : {}), ...opts.data },
    })),
  });
  await publishLiveEvent(tx, { type: "notification", topics: recipients.map((r) => `user:${r.userId}`) });
  return recipients.length;
}

function candidateIds(e: TNotificationEvent): string[] {
  const raw = "mentionedIds" in e ? e.mentionedIds : "reviewerIds" in e ? [...e.reviewerIds, "assigneeId" in e ? e.assigneeId : null] : "verdictAuthorId" in e ? [e.verdictAuthorId, e.assigneeId] : "assigneeId" in e ? [e.assigneeId] : [];
  return [...new Set(raw.filter((x): x is string => typeof x === "string"))];
}
