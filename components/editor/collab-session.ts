"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";

/** What GET /api/w/{slug}/documents/{id}/collab-token answers. */
export type TCollabToken = {
  token: string;
  url: string;
  documentName: string;
  readOnly: boolean;
  expiresAt: string;
  user: { id: string; name: string; color: string };
};

export type TCollabUser = { id: string; name: string; color: string };

export type TCollabSession = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Local copy of the document in this browser; null for viewers (they have nothing to keep). */
  local: IndexeddbPersistence | null;
  /** Asks the web app again (fresh token): learns a changed role, or that access is gone. */
  recheck: () => Promise<TCollabToken>;
  /** Drop the cached token so the next (re)connect fetches a new one. */
  forgetToken: () => void;
  destroy: () => void;
};

/** The collab server refused us for good (removed from the workspace, document deleted). */
export class CollabAccessError extends Error {}

// Ask for a fresh token this long before the current one expires (the socket may open late).
const TOKEN_MARGIN_MS = 30_000;

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

/**
 * One document's live session: the Y.js document, its copy in IndexedDB (so edits made while
 * the server or the network is down survive a closed tab and merge on reconnect) and the
 * Hocuspocus connection. Tokens are short-lived, so every (re)connect asks for a fresh one
 * unless the current one still has time left.
 */
export function createCollabSession(opts: {
  workspaceSlug: string;
  documentId: string;
  documentName: string;
  socketPath: string;
  readOnly: boolean;
  userId: string;
  initialToken?: TCollabToken | null;
  onAccessDenied: () => void;
}): TCollabSession {
  const ydoc = new Y.Doc();
  // Per user as well as per document: on a shared computer one person's unsent edits never
  // appear in another person's editor.
  const local = opts.readOnly ? null : new IndexeddbPersistence(`factdesk:${opts.userId}:${opts.documentName}`, ydoc);

  let current: TCollabToken | null = opts.initialToken ?? null;
  const refresh = async () => {
    try {
      current = await fetchCollabToken(opts.workspaceSlug, opts.documentId);
      return current;
    } catch (e) {
      if (e instanceof CollabAccessError) {
        opts.onAccessDenied();
        // No point retrying every few seconds; coming back online (or a reload) tries again.
        setTimeout(() => provider.disconnect(), 0);
      }
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

  performance.mark("factdesk:session-start");
  provider.on("synced", () => {
    if (performance.getEntriesByName("factdesk:first-sync").length === 0) performance.mark("factdesk:first-sync");
  });

  return {
    ydoc,
    provider,
    local,
    recheck: refresh,
    forgetToken: () => {
      current = null;
    },
    destroy: () => {
      provider.destroy();
      local?.destroy();
      ydoc.destroy();
    },
  };
}
