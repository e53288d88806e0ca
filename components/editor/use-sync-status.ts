"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { deriveSyncStatus, type TSyncInputs, type TSyncStatus } from "@/lib/editor/sync-status";

/**
 * The save state the user sees, read from the provider's own events: socket status, the
 * handshake (synced) and the count of updates the server has not acknowledged yet.
 * When the browser reports it is offline we close the socket ourselves instead of waiting the
 * ~30 s the provider needs to notice a dead connection; edits keep going to IndexedDB meanwhile.
 */
export function useSyncStatus(provider: HocuspocusProvider | null, opts: { readOnly: boolean; denied: boolean }): TSyncStatus {
  const [inputs, setInputs] = useState<Omit<TSyncInputs, "denied">>({
    connected: false,
    synced: false,
    unsyncedChanges: 0,
    online: true,
    everSynced: false,
  });

  useEffect(() => {
    if (!provider) return;
    const read = () =>
      setInputs((prev) => {
        const next = {
          connected: provider.configuration.websocketProvider.status === "connected",
          synced: provider.isSynced,
          // A viewer's socket refuses updates by design; there is never anything of theirs to save.
          // Only "any unsaved?" matters: 1 → 2 pending edits must not re-render anything.
          unsyncedChanges: opts.readOnly ? 0 : Math.min(provider.unsyncedChanges, 1),
          online: navigator.onLine,
          everSynced: prev.everSynced || provider.isSynced,
        };
        const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => next[k] === prev[k]);
        return same ? prev : next;
      });
    const goOffline = () => {
      provider.disconnect();
      read();
    };
    const goOnline = () => {
      void provider.connect();
      read();
    };
    const events = ["status", "synced", "unsyncedChanges", "authenticated", "close", "disconnect"] as const;
    for (const e of events) provider.on(e, read);
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    if (!navigator.onLine) provider.disconnect();
    read();
    return () => {
      for (const e of events) provider.off(e, read);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    };
  }, [provider, opts.readOnly]);

  return deriveSyncStatus({ ...inputs, denied: opts.denied });
}
