import "server-only";
import { db } from "@/lib/db";
import { sendJob } from "@/lib/jobs/job-sender";
import { NOTIFICATION_MAIL_QUEUE } from "@/lib/jobs/queues";

const GRACE_MS = 2 * 60_000;
const GIVE_UP_MS = 24 * 60 * 60_000;

/**
 * The mail outbox's sweeper: a notification to be mailed at once whose job was not written with
 * it (the queue was not ready) or was lost gets its job again. The queue is exclusive per
 * notification, so a re-send while a job is queued or retrying is a no-op; the job itself skips a
 * notification already mailed. After a day a mail is stale: it is given up, not sent.
 */
export async function resendLostNotificationMail(now = new Date()): Promise<{ resent: number; gaveUp: number }> {
  const stale = await db.notification.updateMany({
    where: { emailMode: "immediate", emailedAt: null, createdAt: { lt: new Date(now.getTime() - GIVE_UP_MS) } },
    data: { emailedAt: now, emailMode: null },
  });
  const waiting = await db.notification.findMany({
    where: { emailMode: "immediate", emailedAt: null, createdAt: { lt: new Date(now.getTime() - GRACE_MS) } },
    select: { id: true },
    take: 500,
  });
  let resent = 0;
  for (const { id } of waiting) if (await sendJob(NOTIFICATION_MAIL_QUEUE, { notificationId: id }, { singletonKey: id })) resent += 1;
  return { resent, gaveUp: stale.count };
}
