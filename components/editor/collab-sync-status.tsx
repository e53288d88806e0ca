"use client";

import { useEffect } from "react";
import type { TCollabSession } from "./collab-session";
import { SyncStatusIndicator } from "./sync-status-indicator";
import { useSyncStatus } from "./use-sync-status";

// The server refuses a demoted editor's updates (or everyone's, on a locked text) without telling
// the socket; a save that stays pending this long makes us ask the web app where we stand now.
// (A lock normally arrives as a message at once; this covers one missed while reconnecting.)
const STUCK_SAVING_MS = 8000;

/**
 * The editor's save state with its stuck-saving check, in a component of its own so that a change
 * of save state re-renders only this, not the editor, toolbar and menus around it.
 */
export function CollabSyncStatus({ session, readOnly, denied }: { session: TCollabSession; readOnly: boolean; denied: boolean }) {
  const status = useSyncStatus(session.provider, { readOnly, denied });
  useEffect(() => {
    if (status !== "saving" || readOnly) return;
    const t = setTimeout(() => {
      session
        .recheck()
        .then((grant) => (grant.textLocked ? session.markTextLocked() : grant.readOnly && session.markDemoted()))
        .catch(() => {}); // no access at all is reported through onAccessDenied
    }, STUCK_SAVING_MS);
    return () => clearTimeout(t);
  }, [status, readOnly, session]);
  return <SyncStatusIndicator status={status} readOnly={readOnly} />;
}
