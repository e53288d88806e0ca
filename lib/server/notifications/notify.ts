import "server-only";
import type { TTx } from "@/lib/db";
import { fanOut, type TNotificationEvent } from "@/lib/domain/notifications/fan-out";
import { smtpEnabled } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendJobInTransaction } from "@/lib/jobs/job-sender";
import { NOTIFICATION_MAIL_QUEUE } from "@/lib/jobs/queues";
import { channelsFor } from "./channels";
import { publishLiveEvent } from "./live-events";

/**
 * Writes the notifications an event causes, in the caller's transaction (so they exist exactly
 * when the change does): the fan-out rules decide who (never the actor, only current members, each
 * once, as their channel allows); the claim's text goes with each for its sentence. When mail is
 * configured, each one mailed at once gets its mail job in the same transaction (the notification
 * row is the outbox; lib/server/notifications/send-notification-mail.ts sends it, and a sweeper
 * re-sends a job that was skipped); the digest kinds wait for the daily digest.
 */
export async function notify(tx: TTx, opts: { workspaceId: string; claimId: string | null; event: TNotificationEvent; data?: Prisma.InputJsonObject }): Promise<number> {
  const ids = candidateIds(opts.event);
  if (ids.length === 0) return 0;
  const members = await tx.membership.findMany({ where: { workspaceId: opts.workspaceId, userId: { in: ids } }, select: { userId: true } });
  const channel = await channelsFor(tx, ids, opts.event.kind);
  const recipients = fanOut(opts.event, { memberIds: new Set(members.map((m) => m.userId)), channel: (userId) => channel(userId) });
  if (recipients.length === 0) return 0;
  const claim = opts.claimId ? await tx.claim.findUnique({ where: { id: opts.claimId }, select: { text: true } }) : null;
  const actorId = "actorId" in opts.event ? opts.event.actorId : null;
  const mail = smtpEnabled();
  const rows = await tx.notification.createManyAndReturn({
    select: { id: true, emailMode: true },
    data: recipients.map((r) => ({
      userId: r.userId,
      workspaceId: opts.workspaceId,
      kind: r.kind,
      claimId: opts.claimId,
      actorId,
      data: { ...(claim ? { claimText: claim.text.slice(0, 300) } : {}), ...opts.data },
      emailMode: mail ? r.email : null,
    })),
  });
  for (const row of rows) {
    if (row.emailMode === "immediate") await sendJobInTransaction(tx, NOTIFICATION_MAIL_QUEUE, { notificationId: row.id }, { singletonKey: row.id });
  }
  await publishLiveEvent(tx, { type: "notification", topics: recipients.map((r) => `user:${r.userId}`) });
  return recipients.length;
}

function candidateIds(e: TNotificationEvent): string[] {
  const raw = "mentionedIds" in e ? e.mentionedIds : "reviewerIds" in e ? [...e.reviewerIds, "assigneeId" in e ? e.assigneeId : null] : "verdictAuthorId" in e ? [e.verdictAuthorId, e.assigneeId] : "assigneeId" in e ? [e.assigneeId] : [];
  return [...new Set(raw.filter((x): x is string => typeof x === "string"))];
}
