import { apiRoute, readJson } from "@/lib/server/http/route";
import { getMyNotificationPreferences } from "@/lib/server/notifications/get-my-notification-preferences";
import { updateMyNotificationPreferences } from "@/lib/server/notifications/update-my-notification-preferences";
import { ZUpdateMyNotificationPreferencesBody } from "./request-schemas";

export const GET = apiRoute(async ({ actor }) => getMyNotificationPreferences({ actor }));

export const PUT = apiRoute(async ({ actor, req }) => {
  const body = await readJson(req, ZUpdateMyNotificationPreferencesBody);
  return updateMyNotificationPreferences({ ...body, actor });
});
