import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/domain/notifications/fan-out";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { getMyNotificationPreferences } from "./get-my-notification-preferences";

const zChannel = z.enum(NOTIFICATION_CHANNELS, { error: "Each kind is in_app, email (in the app and by mail) or off." });

export const ZUpdateMyNotificationPreferencesInput = z
  .object({ preferences: z.partialRecord(z.enum(NOTIFICATION_KINDS, { error: `Kinds are ${NOTIFICATION_KINDS.join(", ")}.` }), zChannel) })
  .strict();
export type TUpdateMyNotificationPreferencesInput = z.input<typeof ZUpdateMyNotificationPreferencesInput>;

/** Sets the caller's choice for the kinds given (only theirs: the user is the session's). */
export async function updateMyNotificationPreferences({ actor, ...input }: { actor: TActor } & TUpdateMyNotificationPreferencesInput) {
  const { preferences } = ZUpdateMyNotificationPreferencesInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const entries = Object.entries(preferences);
  if (entries.length === 0) throw new AppError("BAD_REQUEST", "Nothing to change: send preferences for one or more kinds.");
  await db.$transaction(
    entries.map(([kind, channel]) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId: actor.userId, kind } }, create: { userId: actor.userId, kind, channel: channel! }, update: { channel: channel! } }),
    ),
  );
  return getMyNotificationPreferences({ actor });
}
