"use client";

import { useState, useSyncExternalStore } from "react";
import { apiCall } from "@/components/ui/api-call";
import { IMMEDIATE_EMAIL_KINDS, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type TNotificationChannel, type TNotificationKind } from "@/lib/domain/notifications/fan-out";

const CHANNELS: { value: TNotificationChannel; label: string }[] = [
  { value: "in_app", label: "In the app" },
  { value: "email", label: "App + email" },
  { value: "off", label: "Off" },
];

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/**
 * How each kind of notification reaches me: in the app, in the app and by mail (at once for
 * mentions and review requests, in a daily digest for the rest), or not at all. Each change is
 * saved at once; radio groups, so arrow keys move within a row.
 */
export function NotificationPreferences(props: { initial: Record<TNotificationKind, TNotificationChannel>; mailEnabled: boolean; timeZone: string | null; timeZones: string[] }) {
  const { initial, mailEnabled, timeZones } = props;
  const [prefs, setPrefs] = useState(initial);
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  // The browser's own zone, offered when none is chosen yet (null on the server, which cannot know it).
  const detected = useSyncExternalStore(noSubscription, browserTimeZone, () => null);
  const browserZone = detected && timeZones.includes(detected) ? detected : null;

  const saveZone = async (zone: string | null) => {
    const before = timeZone;
    setTimeZone(zone);
    const res = await apiCall<{ timeZone: string | null }>("/api/me/notification-preferences", { method: "PUT", json: { timeZone: zone } });
    if (res.ok) {
      setTimeZone(res.value.timeZone);
      setStatus({ tone: "ok", text: "Saved." });
    } else {
      setTimeZone(before);
      setStatus({ tone: "error", text: res.message });
    }
  };

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
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <label htmlFor="digest-time-zone" className="text-sm text-slate-800">
          Daily digest at 07:00 in
        </label>
        <select
          id="digest-time-zone"
          value={timeZone ?? "UTC"}
          onChange={(e) => void saveZone(e.target.value === "UTC" ? null : e.target.value)}
          className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
        >
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {timeZone === null && browserZone && browserZone !== "UTC" && (
          <button type="button" onClick={() => void saveZone(browserZone)} className="text-xs font-medium text-sky-800 underline underline-offset-2 hover:text-sky-900">
            Use {browserZone.replaceAll("_", " ")} (this browser)
          </button>
        )}
      </div>
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
