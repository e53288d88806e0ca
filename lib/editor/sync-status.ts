/**
 * What the editor tells the user about their edits, derived from the collab provider's real state.
 * Pure so the rules can be tested without a browser.
 */
export type TSyncStatus = "connecting" | "saved" | "saving" | "offline" | "reconnecting" | "denied";

export type TSyncInputs = {
  /** The WebSocket is open (HocuspocusProvider status "connected"). */
  connected: boolean;
  /** The first handshake after the latest (re)connect finished. */
  synced: boolean;
  /** Local updates the server has not acknowledged yet (HocuspocusProvider.unsyncedChanges). */
  unsyncedChanges: number;
  /** navigator.onLine: the browser says there is no network at all. */
  online: boolean;
  /** The provider has been synced at least once since the page opened. */
  everSynced: boolean;
  /** The collab server refused our token (no access any more). */
  denied: boolean;
};

export function deriveSyncStatus(s: TSyncInputs): TSyncStatus {
  if (s.denied) return "denied";
  if (!s.online) return "offline";
  if (!s.connected) return s.everSynced ? "reconnecting" : "connecting";
  if (!s.synced || s.unsyncedChanges > 0) return "saving";
  return "saved";
}

export const SYNC_STATUS_LABELS: Record<TSyncStatus, string> = {
  connecting: "Connecting…",
  saved: "Saved",
  saving: "Saving…",
  offline: "Offline — changes kept on this device",
  reconnecting: "Reconnecting…",
  denied: "No access — changes kept on this device",
};
