"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useRef, useState } from "react";
import { deriveSyncStatus, type TSyncStatus } from "@/lib/editor/sync-status";

// An acknowledgement usually arrives within tens of milliseconds; flashing "Saving…" on every
// keystroke would only distract. It shows once a save has been pending this long.
const SHOW_SAVING_AFTER_MS = 500;

/**
 * The save state the user sees, read from the provider's own events: socket status, the
 * handshake (synced) and whether any update waits for the server's acknowledgement.
 * Typing makes the provider's state flip with every keystroke (pending → acknowledged within
 * milliseconds); this hook follows it outside React and sets state only when what is shown
 * changes, and "Saving…" only after a save has been pending SHOW_SAVING_AFTER_MS — so a
 * keystroke costs React nothing.
 * When the browser reports it is offline we close the socket ourselves instead of waiting the
 * ~30 s the provider needs to notice a dead connection; edits keep going to IndexedDB meanwhile.
 */
export function useSyncStatus(provider: HocuspocusProvider | null, opts: { readOnly: boolean; denied: boolean }): TSyncStatus {
  const { readOnly, denied } = opts;
  const [status, setStatus] = useState<TSyncStatus>(denied ? "denied" : "connecting");
  const everSynced = useRef(false);

  useEffect(() => {
    if (!provider) return;
    let shown: TSyncStatus | null = null;
    let savingTimer: ReturnType<typeof setTimeout> | null = null;
    const derive = () => {
      everSynced.current ||= provider.isSynced;
      return deriveSyncStatus({
        connected: provider.configuration.websocketProvider.status === "connected",
        synced: provider.isSynced,
        // A viewer's socket refuses updates by design; there is never anything of theirs to save.
        unsyncedChanges: readOnly ? 0 : provider.unsyncedChanges,
        online: navigator.onLine,
        everSynced: everSynced.current,
        denied,
      });
    };
    const show = (next: TSyncStatus) => {
      if (next === shown) return;
      shown = next;
      setStatus(next);
    };
    const read = () => {
      const next = derive();
      if (next === "saving" && shown === "saved") {
        // Shown only if still saving when the timer fires.
        savingTimer ??= setTimeout(() => {
          savingTimer = null;
          if (derive() === "saving") show("saving");
        }, SHOW_SAVING_AFTER_MS);
        return;
      }
      if (savingTimer) clearTimeout(savingTimer);
      savingTimer = null;
      show(next);
    };
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
      if (savingTimer) clearTimeout(savingTimer);
      for (const e of events) provider.off(e, read);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    };
  }, [provider, readOnly, denied]);

  return status;
}
