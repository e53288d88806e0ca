"use client";

import { useEffect, useState } from "react";
import { SYNC_STATUS_LABELS, type TSyncStatus } from "@/lib/editor/sync-status";

const DOT: Record<TSyncStatus, string> = {
  connecting: "bg-slate-400 animate-pulse",
  saved: "bg-emerald-500",
  saving: "bg-amber-400 animate-pulse",
  offline: "bg-red-500",
  reconnecting: "bg-amber-500 animate-pulse",
  denied: "bg-red-600",
};

// Typing flips Saved/Saving several times a second; a screen reader hears only a state that lasts.
const ANNOUNCE_AFTER_MS = 1200;

/** Shows the save state useSyncStatus reports (which already holds back a brief "Saving…"). */
export function SyncStatusIndicator({ status, readOnly }: { status: TSyncStatus; readOnly: boolean }) {
  const label = readOnly && status === "saved" ? "Up to date" : SYNC_STATUS_LABELS[status];
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    const t = setTimeout(() => setAnnounced(label), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(t);
  }, [label]);

  return (
    <div className="flex items-center gap-2 text-sm text-slate-600" data-sync-status={status}>
      <span className={`size-2 shrink-0 rounded-full ${DOT[status]}`} aria-hidden="true" />
      <span data-testid="sync-status" className={status === "offline" || status === "denied" ? "font-medium text-red-700" : ""}>
        {label}
      </span>
      <span role="status" aria-live="polite" className="sr-only">
        {announced}
      </span>
    </div>
  );
}
