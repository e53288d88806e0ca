import "server-only";
import { db } from "@/lib/db";
import type { TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { renderNotificationMail } from "@/lib/server/mail/render-notification-mail";
import { deliverMail } from "@/lib/server/mail/send-mail";
import { channelsFor } from "./channels";
import { mailLinks, MAILED_NOTIFICATION_SELECT, toMailedNotification } from "./mailed-notification";

export type TNotificationMailResult = { status: "SENT" | "SKIPPED"; reason?: string };

/**
 * The mail job for one notification mailed at once. Under the notification's row lock: skip it
 * when it was mailed already (a retry after a lost acknowledgement, a re-send by the sweeper) or
 * is being mailed by another worker; give it up, without mail, when its person left the workspace
 * or no longer wants mail of its kind; else send and mark it mailed in the same transaction. An
 * SMTP failure throws, so nothing is marked and pg-boss retries with backoff. The one window left
 * (the SMTP server accepted, then our commit failed) can repeat a mail; it carries the same
 * Message-ID, by which mail clients recognise it.
 */
export async function sendNotificationMail({ notificationId }: { notificationId: string }): Promise<TNotificationMailResult> {
  return db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification"
        WHERE id = ${notificationId}::uuid AND "emailMode" = 'immediate' AND "emailedAt" IS NULL
        FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return { status: "SKIPPED", reason: "already mailed, being mailed, or gone" };
      const n = await tx.notification.findUniqueOrThrow({ where: { id: notificationId }, select: { ...MAILED_NOTIFICATION_SELECT, user: { select: { email: true } } } });
      const giveUp = async (reason: string): Promise<TNotificationMailResult> => {
        await tx.notification.update({ where: { id: n.id }, data: { emailedAt: new Date(), emailMode: null } });
        return { status: "SKIPPED", reason };
      };
      const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: n.workspaceId, userId: n.userId } }, select: { id: true } });
      if (!member) return giveUp("no longer a member");
      const channel = await channelsFor(tx, [n.userId], n.kind as TNotificationKind);
      if (channel(n.userId) !== "email") return giveUp("mail turned off since");
      const links = mailLinks(n.userId, n.kind as TNotificationKind);
      const claimText = typeof (n.data as Record<string, unknown>)?.claimText === "string" ? ((n.data as Record<string, unknown>).claimText as string) : null;
      const sent = await deliverMail(renderNotificationMail({ to: n.user.email, notification: toMailedNotification(n), claimText, ...links }));
      if (!sent) return giveUp("mail is not configured");
      await tx.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
      return { status: "SENT" };
    },
    // SMTP timeouts are 10–20 s (lib/server/mail/send-mail.ts): the transaction must outlive them.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
