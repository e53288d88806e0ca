"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/components/ui/format";
import type { TNotificationDto } from "@/lib/domain/notifications/notification-dto";

/** The notifications page's list: each links to what it is about (and is marked read on the way); "Mark all read". */
export function NotificationList({ initial }: { initial: TNotificationDto[] }) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [busy, setBusy] = useState(false);
  const unread = items.filter((n) => !n.read).length;

  const markRead = async (body: { ids: string[] } | { all: true }) => {
    const res = await apiCall<{ marked: number }>("/api/me/notifications/read", { method: "POST", json: body });
    if (res.ok) setItems((list) => list.map((n) => ("all" in body || body.ids.includes(n.id) ? { ...n, read: true } : n)));
    return res.ok;
  };

  if (items.length === 0) return <p className="text-sm text-slate-600">Nothing yet. Mentions, review requests and decisions on your verdicts show up here.</p>;
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <p className="text-sm text-slate-600">{unread === 0 ? "All read." : `${unread} unread`}</p>
        <Button
          variant="secondary"
          className="py-1.5"
          disabled={busy || unread === 0}
          onClick={async () => {
            setBusy(true);
            await markRead({ all: true });
            setBusy(false);
            router.refresh();
          }}
        >
          Mark all read
        </Button>
      </div>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} data-read={n.read ? "true" : "false"} data-testid="notification">
            <Link
              href={n.href}
              onClick={() => {
                if (!n.read) void markRead({ ids: [n.id] });
              }}
              className={`flex items-start gap-3 px-5 py-3.5 hover:bg-slate-50 ${n.read ? "" : "bg-sky-50/40"}`}
            >
              <span className={`mt-1.5 size-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-sky-600"}`} aria-hidden="true" />
              <span className="min-w-0">
                <span className={`block text-sm ${n.read ? "text-slate-700" : "font-medium text-slate-900"}`}>
                  {n.text}
                  {!n.read && <span className="sr-only"> (unread)</span>}
                </span>
                <span className="block text-xs text-slate-600">
                  {n.workspace.name} · {formatInstant(n.createdAt)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
