import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_CHANNELS, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type TNotificationChannel, type TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { smtpEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export type TMyNotificationPreferences = {
  preferences: Record<TNotificationKind, TNotificationChannel>;
  /** Whether this server sends mail (SMTP_URL): "email" choices are kept either way, and take effect when it does. */
  mailEnabled: boolean;
  /** The IANA zone whose 07:00 the daily digest comes at; null: not chosen (UTC). */
  timeZone: string | null;
};

/** The caller's channel for every kind (what they chose, else the kind's default) and their digest time zone. */
export async function getMyNotificationPreferences({ actor }: { actor: TActor }): Promise<TMyNotificationPreferences> {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const [rows, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, channel: true } }),
    db.user.findUnique({ where: { id: actor.userId }, select: { timeZone: true } }),
  ]);
  const chosen = new Map(rows.filter((r) => (NOTIFICATION_CHANNELS as readonly string[]).includes(r.channel)).map((r) => [r.kind, r.channel as TNotificationChannel]));
  const preferences = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, chosen.get(k) ?? DEFAULT_CHANNELS[k]])) as Record<TNotificationKind, TNotificationChannel>;
  return { preferences, mailEnabled: smtpEnabled(), timeZone: user?.timeZone ?? null };
}
