import { ZMarkNotificationsReadInput } from "@/lib/server/notifications/mark-notifications-read";

/** POST /api/me/notifications/read: `{ ids: [...] }` or `{ all: true }`. */
export const ZMarkNotificationsReadBody = ZMarkNotificationsReadInput;
