import { apiRoute, readQuery } from "@/lib/server/http/route";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { ZListMyNotificationsQuery } from "./request-schemas";

export const GET = apiRoute(async ({ actor, req }) => listMyNotifications({ ...readQuery(req, ZListMyNotificationsQuery), actor }));
