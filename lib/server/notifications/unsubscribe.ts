import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_CHANNELS, IMMEDIATE_EMAIL_KINDS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { AppError } from "@/lib/errors";
import { readUnsubscribeToken, type TUnsubscribeScope } from "./unsubscribe-token";

export type TUnsubscribeTarget = { email: string; scope: TUnsubscribeScope; label: string };

const invalid = () => new AppError("NOT_FOUND", "This unsubscribe link is not valid. Change your mail settings in Factdesk under Settings → Account.");

function kindsOf(scope: TUnsubscribeScope): readonly TNotificationKind[] {
  return scope === "digest" ? NOTIFICATION_KINDS.filter((k) => !IMMEDIATE_EMAIL_KINDS.includes(k)) : [scope];
}

/** What a link unsubscribes (for its confirmation page), without changing anything. The address is partly hidden. */
export async function getUnsubscribeTarget({ token }: { token: string }): Promise<TUnsubscribeTarget> {
  const t = readUnsubscribeToken(token);
  if (!t) throw invalid();
  const user = await db.user.findUnique({ where: { id: t.userId }, select: { email: true } });
  if (!user) throw invalid();
  const [name, domain] = user.email.split("@");
  return { email: `${name!.slice(0, 2)}…@${domain}`, scope: t.kind, label: t.kind === "digest" ? "the daily digest" : NOTIFICATION_KIND_LABELS[t.kind].toLowerCase() };
}

/**
 * Stops mail of the link's kind (or every digest kind) for the link's person: those notifications
 * stay in the app. Only mail is turned off: a kind they had turned off entirely stays off.
 * Idempotent; the token is the authority (no sign-in: mail clients post it in one click).
 */
export async function unsubscribe({ token }: { token: string }): Promise<{ unsubscribed: TNotificationKind[] }> {
  const t = readUnsubscribeToken(token);
  if (!t) throw invalid();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: t.userId }, select: { id: true } });
    if (!user) throw invalid();
    const kinds = kindsOf(t.kind);
    const chosen = new Map((await tx.notificationPreference.findMany({ where: { userId: user.id, kind: { in: [...kinds] } } })).map((p) => [p.kind, p.channel]));
    const mailed = kinds.filter((k) => (chosen.get(k) ?? DEFAULT_CHANNELS[k]) === "email");
    for (const kind of mailed) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: user.id, kind } }, create: { userId: user.id, kind, channel: "in_app" }, update: { channel: "in_app" } });
    }
    // Nothing waiting to be mailed goes out after this.
    await tx.notification.updateMany({ where: { userId: user.id, kind: { in: [...kinds] }, emailedAt: null, emailMode: { not: null } }, data: { emailMode: null } });
    return { unsubscribed: [...kinds] };
  });
}
