import { ZLiveTopicsInput } from "@/lib/server/notifications/live-topics";

/** GET /api/me/events?claim=<id> */
export const ZLiveEventsQuery = ZLiveTopicsInput;
