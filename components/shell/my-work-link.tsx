"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { NOTIFICATION_EVENT } from "@/components/shell/notification-bell";

type TCounts = { assigned: number; reviews: number; mentions: number; overdue: number };

/**
 * "My work" in the bar, with how much waits for me (assigned, reviews, open mentions; red when
 * something is overdue). Counted after the page is shown, so no page waits for it, and again when
 * the bell hears of something new (the bell's own live stream: no second connection, no polling).
 */
export function MyWorkLink({ className }: { className: string }) {
  const [counts, setCounts] = useState<TCounts | null>(null);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const res = await apiCall<{ counts: TCounts }>("/api/me/work");
      if (alive && res.ok) setCounts(res.value.counts);
    };
    void load();
    const onNotification = () => void load();
    window.addEventListener(NOTIFICATION_EVENT, onNotification);
    return () => {
      alive = false;
      window.removeEventListener(NOTIFICATION_EVENT, onNotification);
    };
  }, []);
  const waiting = counts ? counts.assigned + counts.reviews + counts.mentions : 0;
  return (
    <Link href="/work" data-testid="my-work-link" className={`${className} inline-flex items-center gap-1.5`}>
      My work
      {waiting > 0 && (
        <span
          data-testid="my-work-count"
          className={`min-w-[1.25rem] rounded-full px-1.5 text-center text-[11px] leading-[1.25rem] font-semibold ${counts!.overdue > 0 ? "bg-red-600 text-white" : "bg-slate-200 text-slate-800"}`}
        >
          {waiting > 99 ? "99+" : waiting}
        </span>
      )}
      {/* Read out after the number, so the accessible name contains the visible text (WCAG 2.5.3). */}
      {waiting > 0 && <span className="sr-only"> waiting{counts!.overdue > 0 ? `, ${counts!.overdue} overdue` : ""}</span>}
    </Link>
  );
}
