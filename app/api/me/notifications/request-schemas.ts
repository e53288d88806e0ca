import { ZListMyNotificationsInput } from "@/lib/server/notifications/list-my-notifications";

/** GET /api/me/notifications?limit=30&unreadOnly=true */
export const ZListMyNotificationsQuery = ZListMyNotificationsInput;
