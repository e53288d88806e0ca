"use client";

import { useState } from "react";
import { apiCall } from "@/components/ui/api-call";
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/fan-out";

type TChannel = "in_app" | "off";

/** Which notifications reach me in the app; each change is saved at once. (Mail comes next.) */
export function NotificationPreferences({ initial }: { initial: Record<TNotificationKind, TChannel> }) {
  const [prefs, setPrefs] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  const set = async (kind: TNotificationKind, on: boolean) => {
    const channel: TChannel = on ? "in_app" : "off";
    setPrefs((p) => ({ ...p, [kind]: channel }));
    const res = await apiCall<{ preferences: Record<TNotificationKind, TChannel> }>("/api/me/notification-preferences", { method: "PUT", json: { preferences: { [kind]: channel } } });
    if (res.ok) {
      setPrefs(res.value.preferences);
      setStatus({ tone: "ok", text: "Saved." });
    } else {
      setPrefs((p) => ({ ...p, [kind]: on ? "off" : "in_app" }));
      setStatus({ tone: "error", text: res.message });
    }
  };

  return (
    <fieldset className="space-y-2" data-testid="notification-preferences">
      <legend className="sr-only">Notify me in the app when</legend>
      {NOTIFICATION_KINDS.map((k) => (
        <label key={k} className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={prefs[k] !== "off"} onChange={(e) => void set(k, e.target.checked)} className="accent-slate-800" />
          {NOTIFICATION_KIND_LABELS[k]}
        </label>
      ))}
      {status && (
        <p role={status.tone === "ok" ? "status" : "alert"} className={`text-xs ${status.tone === "ok" ? "text-teal-800" : "text-red-700"}`}>
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
