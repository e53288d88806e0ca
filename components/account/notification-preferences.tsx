"use client";

import { useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { IMMEDIATE_EMAIL_KINDS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type TNotificationChannel, type TNotificationKind } from "@/lib/domain/notifications/fan-out";

const CHANNELS: { value: TNotificationChannel; label: string }[] = [
  { value: "in_app", label: "In the app" },
  { value: "email", label: "App + email" },
  { value: "off", label: "Off" },
];

/**
 * How each kind of notification reaches me: in the app, in the app and by mail (at once for
 * mentions and review requests, in a daily digest for the rest), or not at all. Each change is
 * saved at once; radio groups, so arrow keys move within a row.
 */
export function NotificationPreferences({ initial, mailEnabled }: { initial: Record<TNotificationKind, TNotificationChannel>; mailEnabled: boolean }) {
  const [prefs, setPrefs] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  const set = async (kind: TNotificationKind, channel: TNotificationChannel) => {
    const before = prefs[kind];
    setPrefs((p) => ({ ...p, [kind]: channel }));
    const res = await apiCall<{ preferences: Record<TNotificationKind, TNotificationChannel> }>("/api/me/notification-preferences", { method: "PUT", json: { preferences: { [kind]: channel } } });
    if (res.ok) {
      setPrefs(res.value.preferences);
      setStatus({ tone: "ok", text: "Saved." });
    } else {
      setPrefs((p) => ({ ...p, [kind]: before }));
      setStatus({ tone: "error", text: res.message });
    }
  };

  return (
    <div className="space-y-3" data-testid="notification-preferences" id="notifications">
      {!mailEnabled && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">
          This server does not send mail yet (no SMTP_URL). Email choices are kept and take effect once it does.
        </p>
      )}
      <ul className="divide-y divide-slate-100">
        {NOTIFICATION_KINDS.map((k) => (
          <li key={k} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <p className="text-sm text-slate-800" id={`notify-label-${k}`}>
              {NOTIFICATION_KIND_LABELS[k]}
              <span className="block text-xs text-slate-500">{IMMEDIATE_EMAIL_KINDS.includes(k) ? "By email: at once" : "By email: in the daily digest"}</span>
            </p>
            <div role="radiogroup" aria-labelledby={`notify-label-${k}`} className="inline-flex overflow-hidden rounded-md border border-slate-300 text-xs">
                {CHANNELS.map((c) => (
                  <label
                    key={c.value}
                    className={`cursor-pointer px-2.5 py-1.5 focus-within:outline focus-within:outline-2 focus-within:outline-slate-800 ${
                      prefs[k] === c.value ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-50"
                    }`}
                  >
                    <input type="radio" name={`notify-${k}`} value={c.value} checked={prefs[k] === c.value} onChange={() => void set(k, c.value)} className="sr-only" />
                    {c.label}
                  </label>
                ))}
            </div>
          </li>
        ))}
      </ul>
      {status && (
        <p role={status.tone === "ok" ? "status" : "alert"} className={`text-xs ${status.tone === "ok" ? "text-teal-800" : "text-red-700"}`}>
          {status.text}
        </p>
      )}
    </div>
  );
}
