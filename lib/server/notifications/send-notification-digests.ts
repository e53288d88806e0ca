import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { DEFAULT_TIME_ZONE, isTimeZone, localHour } from "@/lib/domain/time-zone";
import { log } from "@/lib/log";
import { renderDigestMail } from "@/lib/server/mail/render-notification-mail";
import { deliverMail } from "@/lib/server/mail/send-mail";
import { channelsFor } from "./channels";
import { mailLinks, MAILED_NOTIFICATION_SELECT, toMailedNotification } from "./mailed-notification";

/** The digest comes at this hour of each person's day (their time zone; UTC when unset). */
export const DIGEST_LOCAL_HOUR = 7;

/**
 * The daily digest job, run hourly: for each person for whom it is now DIGEST_LOCAL_HOUR o'clock,
 * one mail with what waits in their digest (kinds they get by mail that are not mailed at once),
 * then marked mailed in the same transaction. Only notifications from before the top of this hour
 * go in, so a retry later in the hour sends nothing new. Per person, under row locks (SKIP
 * LOCKED: a second worker takes other people); what they have read in the app meanwhile, or lost
 * access to, or stopped wanting by mail, is dropped without mail. A person whose mail fails keeps
 * theirs for the retry, which pg-boss makes when this throws.
 */
export async function sendNotificationDigests(now = new Date()): Promise<{ mailed: number; people: number; failed: number }> {
  const hourStart = new Date(now);
  hourStart.setUTCMinutes(0, 0, 0);
  const waiting = await db.notification.findMany({
    where: { emailMode: "digest", emailedAt: null, createdAt: { lt: hourStart } },
    distinct: ["userId"],
    select: { userId: true, user: { select: { timeZone: true } } },
  });
  const people = waiting.filter((p) => localHour(now, p.user.timeZone && isTimeZone(p.user.timeZone) ? p.user.timeZone : DEFAULT_TIME_ZONE) === DIGEST_LOCAL_HOUR);
  let mailed = 0;
  let failed = 0;
  for (const { userId } of people) {
    try {
      mailed += await digestFor(userId, hourStart);
    } catch (err) {
      failed += 1;
      log.error("digest mail failed; retried with the job", { userId, err });
    }
  }
  if (failed > 0) throw new Error(`${failed} of ${people.length} digest mails failed`);
  return { mailed, people: people.length, failed };
}

async function digestFor(userId: string, before: Date): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const ids = (
        await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Notification"
          WHERE "userId" = ${userId}::uuid AND "emailMode" = 'digest' AND "emailedAt" IS NULL AND "createdAt" < ${before}
          ORDER BY "createdAt" DESC LIMIT 200
          FOR UPDATE SKIP LOCKED`
      ).map((r) => r.id);
      if (ids.length === 0) return 0;
      const rows = await tx.notification.findMany({
        where: { id: { in: ids } },
        orderBy: { createdAt: "desc" },
        select: { ...MAILED_NOTIFICATION_SELECT, readAt: true, user: { select: { email: true } } },
      });
      const memberOf = new Set((await tx.membership.findMany({ where: { userId }, select: { workspaceId: true } })).map((m) => m.workspaceId));
      const kinds = [...new Set(rows.map((r) => r.kind as TNotificationKind))];
      const wants = new Map(await Promise.all(kinds.map(async (k) => [k, (await channelsFor(tx, [userId], k))(userId) === "email"] as const)));
      const keep = rows.filter((r) => r.readAt === null && memberOf.has(r.workspaceId) && wants.get(r.kind as TNotificationKind));
      const drop = rows.filter((r) => !keep.includes(r)).map((r) => r.id);
      if (drop.length) await tx.notification.updateMany({ where: { id: { in: drop } }, data: { emailedAt: new Date(), emailMode: null } });
      if (keep.length === 0) return 0;
      const sent = await deliverMail(renderDigestMail({ to: rows[0]!.user.email, digestId: randomUUID(), notifications: keep.map(toMailedNotification), ...mailLinks(userId, "digest") }));
      await tx.notification.updateMany({ where: { id: { in: keep.map((r) => r.id) } }, data: sent ? { emailedAt: new Date() } : { emailedAt: new Date(), emailMode: null } });
      return sent ? 1 : 0;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
