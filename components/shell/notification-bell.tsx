"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { apiCall } from "@/components/ui/api-call";

/** Dispatched on window when the live stream says something new waits: other shell parts re-count. */
export const NOTIFICATION_EVENT = "factdesk:notification";

/**
 * The bell with the unread count. The count is the server's at page load, then kept current by
 * the live event stream (GET /api/me/events): a `notification` event re-reads the count, so a new
 * mention shows without a reload and without polling.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/me/events");
    const refresh = async () => {
      const res = await apiCall<{ unread: number }>("/api/me/notifications?limit=1");
      if (res.ok) setUnread(res.value.unread);
    };
    source.addEventListener("notification", () => {
      void refresh();
      window.dispatchEvent(new Event(NOTIFICATION_EVENT));
    });
    return () => source.close();
  }, []);
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
        <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5v2.7L4 13h12l-1.5-2.8V7.5A4.5 4.5 0 0 0 10 3Z" strokeLinejoin="round" />
        <path d="M8.2 15.5a1.9 1.9 0 0 0 3.6 0" strokeLinecap="round" />
      </svg>
      {unread > 0 && (
        <span data-testid="unread-count" className="absolute -top-0.5 -right-0.5 min-w-[1.1rem] rounded-full bg-red-600 px-1 text-center text-[11px] leading-[1.1rem] font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
