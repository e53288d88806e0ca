"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";

import type { TCollabTokenGrant, TCollabUser } from "@/lib/editor/collab-token";
import { localCopyName, markUnsynced, rememberLocalCopy, trackOpenLocalCopy } from "@/lib/editor/local-copies";

/** What GET /api/w/{slug}/documents/{id}/collab-token answers. */
export type TCollabToken = TCollabTokenGrant;
export type { TCollabUser };

/** What the server has told us about our access, beyond the socket's own state. */
/** `textLocked`: what the server last said about the text lock while connected (null: nothing yet, the page's word stands). */
export type TAccessState = { denied: boolean; demoted: boolean; textLocked: boolean | null };

export type TCollabSession = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Local copy of the document in this browser; null for viewers (they have nothing to keep). */
  local: IndexeddbPersistence | null;
  /** Asks the web app again (fresh token): learns a changed role, or that access is gone. */
  recheck: () => Promise<TCollabToken>;
  /** Current access state and a subscription to its changes (returns the unsubscribe). */
  access: () => TAccessState;
  onAccessChange: (listener: (state: TAccessState) => void) => () => void;
  /** Mark the session as demoted to read-only (learnt from a token re-check). */
  markDemoted: () => void;
  /** Mark the text as locked (learnt from a token re-check rather than the server's message). */
  markTextLocked: () => void;
  destroy: () => void;
};

// Refusals a fresh token can fix (lib/collab/README.md lists the reasons).
const TRANSIENT_AUTH_FAILURES = new Set(["token-expired", "invalid-token"]);

/** The collab server refused us for good (removed from the workspace, document deleted). */
export class CollabAccessError extends Error {}

// Ask for a fresh token this long before the current one expires (the socket may open late).
const TOKEN_MARGIN_MS = 30_000;

// A copy is recorded as holding unacknowledged edits at once, and as clean only once everything
// has stayed acknowledged this long: typing flips between the two with every keystroke.
const CLEAN_AFTER_MS = 1_000;

export function collabTokenUrl(workspaceSlug: string, documentId: string) {
  return `/api/w/${encodeURIComponent(workspaceSlug)}/documents/${encodeURIComponent(documentId)}/collab-token`;
}

/** ws(s)://host/path for a path the token route gives; absolute ws(s) URLs pass through. */
export function collabSocketUrl(url: string): string {
  if (/^wss?:\/\//i.test(url)) return url;
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}${url.startsWith("/") ? url : `/${url}`}`;
}

async function fetchCollabToken(workspaceSlug: string, documentId: string): Promise<TCollabToken> {
  let lastError: unknown;
  // A restarting web server or a flaky network is worth a few quick retries; a 4xx is final.
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(collabTokenUrl(workspaceSlug, documentId), { cache: "no-store", credentials: "same-origin" });
      if (res.ok) return (await res.json()) as TCollabToken;
      if (res.status === 401 || res.status === 403 || res.status === 404) {
        throw new CollabAccessError(`collab token refused (${res.status})`);
      }
      lastError = new Error(`collab token request failed (${res.status})`);
    } catch (e) {
      if (e instanceof CollabAccessError) throw e;
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
  }
  throw lastError;
}

export type TCollabSessionOptions = {
  workspaceSlug: string;
  documentId: string;
  documentName: string;
  socketPath: string;
  readOnly: boolean;
  userId: string;
  initialToken?: TCollabToken | null;
};

/**
 * One document's live session: the Y.js document, its copy in IndexedDB (so edits made while
 * the server or the network is down survive a closed tab and merge on reconnect) and the
 * Hocuspocus connection. Tokens are short-lived, so every (re)connect asks for a fresh one
 * unless the current one still has time left.
 */
export function createCollabSession(opts: TCollabSessionOptions): TCollabSession {
  const ydoc = new Y.Doc();
  // Per user as well as per document: on a shared computer one person's unsent edits never
  // appear in another person's editor.
  const localName = localCopyName(opts.userId, opts.documentName);
  const local = opts.readOnly ? null : new IndexeddbPersistence(localName, ydoc);
  let untrackLocal = () => {};
  if (local) {
    rememberLocalCopy(opts.userId, opts.documentName);
    // Live answer for the sign-out check: pending while the server has not acknowledged an edit, or
    // has not yet synced with this copy (which may hold edits from an earlier, offline session).
    untrackLocal = trackOpenLocalCopy(localName, () => void local.destroy(), () => !provider.synced || provider.hasUnsyncedChanges);
  }

  let access: TAccessState = { denied: false, demoted: false, textLocked: null };
  const listeners = new Set<(state: TAccessState) => void>();
  const setAccess = (patch: Partial<TAccessState>) => {
    const next = { ...access, ...patch };
    if (next.denied === access.denied && next.demoted === access.demoted && next.textLocked === access.textLocked) return;
    access = next;
    for (const l of listeners) l(access);
  };
  const deny = () => {
    setAccess({ denied: true });
    // No point retrying every few seconds; coming back online (or a reload) tries again.
    setTimeout(() => provider.disconnect(), 0);
  };
  const reopenSocket = (afterMs: number) => {
    const socket = provider.configuration.websocketProvider;
    socket.disconnect();
    setTimeout(() => void socket.connect(), afterMs);
  };

  let current: TCollabToken | null = opts.initialToken ?? null;
  const refresh = async () => {
    try {
      current = await fetchCollabToken(opts.workspaceSlug, opts.documentId);
      return current;
    } catch (e) {
      if (e instanceof CollabAccessError) deny();
      throw e;
    }
  };
  const token = async () => {
    if (current && Date.parse(current.expiresAt) - Date.now() > TOKEN_MARGIN_MS) return current.token;
    return (await refresh()).token;
  };

  const provider = new HocuspocusProvider({
    url: collabSocketUrl(opts.initialToken?.url ?? opts.socketPath),
    name: opts.documentName,
    document: ydoc,
    token,
  });

  provider.on("authenticationFailed", ({ reason }: { reason: string }) => {
    if (TRANSIENT_AUTH_FAILURES.has(reason)) {
      // A token the server no longer takes (clock skew, a rotated secret): get a new one.
      current = null;
      reopenSocket(1000);
      return;
    }
    // Removed from the workspace, document deleted: stop retrying.
    deny();
  });
  provider.on("authenticated", ({ scope }: { scope: string }) => {
    setAccess({ denied: false });
    if (scope !== "readonly" || opts.readOnly) return;
    // Read-only although the page said we may edit: demoted, or the text was locked meanwhile.
    // The token route tells which (a lock is not a demotion and must not read like one).
    void refresh()
      .then((grant) => setAccess(grant.textLocked ? { textLocked: true } : { demoted: true }))
      .catch(() => setAccess({ demoted: true }));
  });
  // The server can end our session on this document while the WebSocket stays open (Hocuspocus
  // multiplexes documents over one socket). Removed or document deleted: say so and stop.
  // Anything else (e.g. a store failure): reopen the socket, which re-authenticates and re-syncs,
  // so unacknowledged edits are sent again.
  provider.on("close", ({ event }: { event: CloseEvent }) => {
    if (event.reason === "access-revoked" || event.reason === "document-deleted") deny();
    else if (provider.configuration.websocketProvider.status === "connected") reopenSocket(500);
  });

  // Sign-out warns while any copy of this person's may hold edits the server has not acknowledged.
  let cleanTimer: ReturnType<typeof setTimeout> | undefined;
  let recordedUnsynced = false;
  if (local) {
    provider.on("unsyncedChanges", ({ number }: { number: number }) => {
      clearTimeout(cleanTimer);
      if (number > 0) {
        if (!recordedUnsynced) markUnsynced(opts.userId, opts.documentName, true);
        recordedUnsynced = true;
        return;
      }
      cleanTimer = setTimeout(() => {
        if (provider.unsyncedChanges > 0) return;
        markUnsynced(opts.userId, opts.documentName, false);
        recordedUnsynced = false;
      }, CLEAN_AFTER_MS);
    });
  }

  // The server turned this connection read-only (or back) because the text was locked or unlocked.
  provider.on("stateless", ({ payload }: { payload: string }) => {
    try {
      const message = JSON.parse(payload) as { type?: string; locked?: unknown };
      if (message.type === "text-lock-changed" && typeof message.locked === "boolean") setAccess({ textLocked: message.locked });
    } catch {
      // Not ours.
    }
  });

  performance.mark("factdesk:session-start");
  provider.on("synced", () => {
    if (performance.getEntriesByName("factdesk:first-sync").length === 0) performance.mark("factdesk:first-sync");
  });

  return {
    ydoc,
    provider,
    local,
    recheck: refresh,
    access: () => access,
    onAccessChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markDemoted: () => setAccess({ demoted: true }),
    markTextLocked: () => setAccess({ textLocked: true }),
    destroy: () => {
      listeners.clear();
      clearTimeout(cleanTimer);
      if (recordedUnsynced && provider.unsyncedChanges === 0) markUnsynced(opts.userId, opts.documentName, false);
      untrackLocal();
      provider.destroy();
      local?.destroy();
      ydoc.destroy();
    },
  };
}

/**
 * Opening a document has two slow parts: evaluating the editor's code and the first sync. The
 * page starts the session from a smaller chunk while the editor's chunk loads, and the editor
 * claims it; one not claimed soon (the person navigated away) is closed.
 */
const prewarmed = new Map<string, { session: TCollabSession; timer: ReturnType<typeof setTimeout> }>();
const sessionKey = (o: TCollabSessionOptions) => `${o.userId}|${o.documentName}|${o.readOnly ? "r" : "w"}`;

const claimed = new Set<string>();

export function prewarmCollabSession(opts: TCollabSessionOptions) {
  const key = sessionKey(opts);
  // The editor was quicker and opened its own: a second connection would only be closed again.
  if (prewarmed.has(key) || claimed.has(key)) return;
  const session = createCollabSession(opts);
  const timer = setTimeout(() => {
    prewarmed.delete(key);
    session.destroy();
  }, 15_000);
  prewarmed.set(key, { session, timer });
}

export function claimCollabSession(opts: TCollabSessionOptions): TCollabSession {
  const key = sessionKey(opts);
  const early = prewarmed.get(key);
  let session: TCollabSession;
  if (early) {
    prewarmed.delete(key);
    clearTimeout(early.timer);
    session = early.session;
  } else {
    session = createCollabSession(opts);
  }
  claimed.add(key);
  const destroy = session.destroy;
  return {
    ...session,
    destroy: () => {
      claimed.delete(key);
      destroy();
    },
  };
}
