import "server-only";
import type { TTx } from "@/lib/db";
import { db } from "@/lib/db";
import { DEFAULT_CHANNELS, NOTIFICATION_CHANNELS, type TNotificationChannel, type TNotificationKind } from "@/lib/domain/notifications/fan-out";

const isChannel = (v: string): v is TNotificationChannel => (NOTIFICATION_CHANNELS as readonly string[]).includes(v);

/** Each person's channel for `kind` now: their stored choice, else the kind's default. */
export async function channelsFor(tx: TTx | typeof db, userIds: readonly string[], kind: TNotificationKind): Promise<(userId: string) => TNotificationChannel> {
  const chosen = userIds.length
    ? await tx.notificationPreference.findMany({ where: { userId: { in: [...userIds] }, kind }, select: { userId: true, channel: true } })
    : [];
  const map = new Map(chosen.filter((p) => isChannel(p.channel)).map((p) => [p.userId, p.channel as TNotificationChannel]));
  return (userId) => map.get(userId) ?? DEFAULT_CHANNELS[kind];
}
