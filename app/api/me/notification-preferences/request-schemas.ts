import { ZUpdateMyNotificationPreferencesInput } from "@/lib/server/notifications/update-my-notification-preferences";

/** PUT /api/me/notification-preferences: `{ preferences?: { mention: "off", … }, timeZone?: "Europe/Berlin" | null }`. */
export const ZUpdateMyNotificationPreferencesBody = ZUpdateMyNotificationPreferencesInput;
