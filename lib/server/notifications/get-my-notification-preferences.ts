import "server-only";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/fan-out";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/** The choices offered while mail is not sent yet: in the app, or off. */
export type TInAppChannel = "in_app" | "off";

/** The caller's choice for every kind (the default, in the app, where they chose nothing). */
export async function getMyNotificationPreferences({ actor }: { actor: TActor }): Promise<{ preferences: Record<TNotificationKind, TInAppChannel> }> {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const rows = await db.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, channel: true } });
  const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
  const preferences = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, chosen.get(k) === "off" ? "off" : "in_app"])) as Record<TNotificationKind, TInAppChannel>;
  return { preferences };
}
