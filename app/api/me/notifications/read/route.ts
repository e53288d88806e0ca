import { apiRoute, readJson } from "@/lib/server/http/route";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { ZMarkNotificationsReadBody } from "./request-schemas";

export const POST = apiRoute(async ({ actor, req }) => {
  const body = await readJson(req, ZMarkNotificationsReadBody);
  return markNotificationsRead({ ...body, actor });
});
