import type { Document, Hocuspocus } from "@hocuspocus/server";
import * as Y from "yjs";
import { log } from "@/lib/log";
import { collabDocumentName, documentIdFromCollabName } from "@/lib/server/collab/collab-document-name";
import { listenDocumentChanges, type TDocumentChangesListener } from "@/lib/server/collab/listen-document-changes";
import { loadDocumentState } from "@/lib/server/collab/load-document-state";
import type { TDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import type { TCollabContext } from "./context";

/** The stateless message clients get when a document's claims changed: they refetch the claims. */
export const CLAIMS_CHANGED_MESSAGE = JSON.stringify({ type: "claims-changed" });

/**
 * Origin of the updates this module applies. "local" with skipStoreHooks: the change is already in
 * the durable state it came from, so no store is scheduled for it. Hocuspocus still broadcasts it
 * to every connection (Document's own "update" listener), and our write-ahead log never sees it
 * (it logs only what clients send, in beforeHandleMessage).
 */
export const DURABLE_RESYNC_ORIGIN = { source: "local", skipStoreHooks: true, context: { durableResync: true } } as const;

type TPending = { ydoc: boolean; claims: boolean; textLock: boolean };

/**
 * Time as this module sees it. Production uses the real clock; a test passes its own so that
 * "held back for the interval" and "sent at once" are decided by events, not by wall-clock bounds.
 */
export type TChangesClock = {
  now: () => number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
};

const realClock: TChangesClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
    }),
};

const RESYNC_RETRY_MS = 2_000;

/**
 * Live pickup of changes made outside the collab server (the claims API editing a document's
 * Y.js state): LISTEN on the document-changed channel, and for documents open in THIS instance
 * pull from the durable state what the in-memory copy lacks and/or tell the connections that
 * claims changed. Bursts per document coalesce: one pass at a time per document, and notifications
 * arriving meanwhile fold into one follow-up pass. Each instance listens for itself, so with Redis
 * every instance catches up its own connections (an update relayed through Redis as well is
 * idempotent).
 */
export class DocumentChanges {
  private listener: TDocumentChangesListener | undefined;
  private readonly pending = new Map<string, TPending>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;
  private readonly aborted = new AbortController();
  /** When each open document last got claims-changed (documents are dropped with their object). */
  private readonly lastClaimsBroadcast = new WeakMap<Document, number>();
  resyncs = 0;
  claimBroadcasts = 0;
  /** Notifications taken in (heard on the channel or enqueued directly), for tests and stats. */
  received = 0;

  constructor(
    private readonly hocuspocus: Hocuspocus<TCollabContext>,
    private readonly opts: {
      coalesceMs: number;
      /**
       * Least time between two claims-changed messages to a document when nothing else changed:
       * while someone types inside a claim every store changes its quote and NOTIFYs, and every
       * client refetching the claims at each store would be wasted work. Changes that carry a Y.js
       * update (the claims API) go out at once.
       */
      claimsOnlyIntervalMs: number;
      /** The document's text locks changed: make its connections follow (read-only or back). */
      onTextLockChanged?: (document: Document) => Promise<unknown>;
      connectionString?: string;
      minBackoffMs?: number;
      maxBackoffMs?: number;
      clock?: TChangesClock;
    },
  ) {
    this.clock = opts.clock ?? realClock;
  }

  private readonly clock: TChangesClock;

  /** A timer that stop() cuts short, so shutting down never waits out a coalescing window. */
  private sleep(ms: number): Promise<void> {
    return this.clock.sleep(ms, this.aborted.signal);
  }

  get connected(): boolean {
    return this.listener?.connected ?? false;
  }

  get backendPid(): number | undefined {
    return this.listener?.backendPid;
  }

  start() {
    this.listener = listenDocumentChanges({
      connectionString: this.opts.connectionString,
      minBackoffMs: this.opts.minBackoffMs,
      maxBackoffMs: this.opts.maxBackoffMs,
      onChange: (change) => this.enqueue(change),
      // Whatever was notified while the connection was down is lost: catch every open document up.
      onConnect: ({ reconnect }) => {
        const names = [...this.hocuspocus.documents.keys(), ...this.hocuspocus.loadingDocuments.keys()];
        if (reconnect) log.info("collab resyncing open documents after LISTEN reconnect", { documents: names.length });
        for (const name of new Set(names)) this.enqueueName(name, { ydoc: true, claims: reconnect, textLock: reconnect });
      },
    });
  }

  async stop() {
    this.stopped = true;
    this.aborted.abort();
    await this.listener?.stop();
    await Promise.allSettled([...this.running.values()]);
  }

  /** Nothing waiting and no pass running: every change taken in so far has been applied. */
  get idle(): boolean {
    return this.pending.size === 0 && this.running.size === 0;
  }

  /** Exposed for tests and for callers that learn of a change another way. */
  enqueue(change: TDocumentChanged) {
    this.received += 1;
    if (!change.ydoc && !change.claims && !change.textLock) return;
    this.enqueueName(collabDocumentName(change.documentId), { ydoc: change.ydoc, claims: change.claims, textLock: change.textLock ?? false });
  }

  private enqueueName(name: string, flags: TPending) {
    if (this.stopped) return;
    // Not open here: nothing to catch up; whoever opens it later loads the durable state.
    if (!this.hocuspocus.documents.has(name) && !this.hocuspocus.loadingDocuments.has(name)) return;
    const p = this.pending.get(name);
    if (p) {
      p.ydoc ||= flags.ydoc;
      p.claims ||= flags.claims;
      p.textLock ||= flags.textLock;
    } else this.pending.set(name, { ...flags });
    if (!this.running.has(name)) this.run(name);
  }

  private run(name: string) {
    const task = (async () => {
      try {
        while (this.pending.has(name) && !this.stopped) {
          // Let the rest of a burst (several claims created at once) arrive and fold in.
          if (this.opts.coalesceMs > 0) await this.sleep(this.opts.coalesceMs);
          const flags = this.pending.get(name);
          if (!flags || this.stopped) break;
          if (!flags.ydoc && !flags.textLock) {
            const document = this.hocuspocus.documents.get(name);
            const wait = document ? (this.lastClaimsBroadcast.get(document) ?? -Infinity) + this.opts.claimsOnlyIntervalMs - this.clock.now() : 0;
            if (wait > 0) {
              await this.sleep(wait); // and look again: more may have joined meanwhile
              continue;
            }
          }
          this.pending.delete(name);
          await this.apply(name, flags);
        }
      } finally {
        this.running.delete(name);
      }
    })();
    this.running.set(name, task);
  }

  private async apply(name: string, flags: TPending) {
    // A document still loading may have read the durable state before this change committed.
    const loading = this.hocuspocus.loadingDocuments.get(name);
    const document: Document | undefined = loading ? await loading.catch(() => undefined) : this.hocuspocus.documents.get(name);
    const documentId = documentIdFromCollabName(name);
    if (!document || document.isDestroyed || !documentId) return;
    if (flags.ydoc) {
      try {
        await this.resync(document, documentId);
      } catch (e) {
        // The change itself is durable; try again shortly (as long as the document stays open here).
        log.error("collab resync from the durable state failed; retrying", { documentId, err: e });
        const timer = setTimeout(() => this.enqueueName(name, { ydoc: true, claims: false, textLock: false }), RESYNC_RETRY_MS);
        timer.unref();
      }
    }
    if (flags.textLock && !document.isDestroyed && this.opts.onTextLockChanged) {
      try {
        await this.opts.onTextLockChanged(document);
      } catch (e) {
        // The periodic access sweep reads the lock too: connections follow it within one sweep.
        log.error("collab text lock recheck failed", { documentId, err: e });
      }
    }
    if (flags.claims && !document.isDestroyed && document.getConnectionsCount() > 0) {
      // relayStateless, not broadcastStateless: the latter also publishes through Redis, and every
      // instance heard the same NOTIFY, so peers' clients would get the message twice.
      document.relayStateless(CLAIMS_CHANGED_MESSAGE);
      this.lastClaimsBroadcast.set(document, this.clock.now());
      this.claimBroadcasts += 1;
    }
  }

  /** Apply to the in-memory document only what the durable state (ydoc + write-ahead rows) has and it lacks. */
  private async resync(document: Document, documentId: string) {
    const { state } = await loadDocumentState({ documentId });
    if (document.isDestroyed) return;
    const missing = Y.diffUpdate(state, Y.encodeStateVector(document));
    // Also carries the durable delete set; applying deletions already known is a no-op.
    Y.applyUpdate(document, missing, DURABLE_RESYNC_ORIGIN);
    this.resyncs += 1;
  }
}
