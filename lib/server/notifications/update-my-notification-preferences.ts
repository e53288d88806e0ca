import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/domain/notifications/fan-out";
import { isTimeZone } from "@/lib/domain/time-zone";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { getMyNotificationPreferences } from "./get-my-notification-preferences";

const zChannel = z.enum(NOTIFICATION_CHANNELS, { error: "Each kind is in_app, email (in the app and by mail) or off." });

export const ZUpdateMyNotificationPreferencesInput = z
  .object({
    preferences: z.partialRecord(z.enum(NOTIFICATION_KINDS, { error: `Kinds are ${NOTIFICATION_KINDS.join(", ")}.` }), zChannel).optional(),
    /** Where the daily digest's 07:00 is; null goes back to UTC. */
    timeZone: z
      .string({ error: "Give the time zone as a name such as Europe/Berlin, or null for UTC." })
      .trim()
      .refine(isTimeZone, "Pick a time zone from the list (a name such as Europe/Berlin or America/New_York).")
      .nullable()
      .optional(),
  })
  .strict();
export type TUpdateMyNotificationPreferencesInput = z.input<typeof ZUpdateMyNotificationPreferencesInput>;

/** Sets the caller's choice for the kinds given and/or their digest time zone (only theirs: the user is the session's). */
export async function updateMyNotificationPreferences({ actor, ...input }: { actor: TActor } & TUpdateMyNotificationPreferencesInput) {
  const { preferences = {}, timeZone } = ZUpdateMyNotificationPreferencesInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const entries = Object.entries(preferences);
  if (entries.length === 0 && timeZone === undefined) throw new AppError("BAD_REQUEST", "Nothing to change: send preferences for one or more kinds, or a timeZone.");
  await db.$transaction([
    ...entries.map(([kind, channel]) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId: actor.userId, kind } }, create: { userId: actor.userId, kind, channel: channel! }, update: { channel: channel! } }),
    ),
    ...(timeZone === undefined ? [] : [db.user.update({ where: { id: actor.userId }, data: { timeZone } })]),
  ]);
  return getMyNotificationPreferences({ actor });
}
