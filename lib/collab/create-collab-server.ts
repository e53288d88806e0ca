import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Connection, type Document, type Extension } from "@hocuspocus/server";
import { WebSocketServer, type WebSocket } from "ws";
import * as Y from "yjs";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { authorizeCollabConnection } from "@/lib/server/collab/authorize-collab-connection";
import { documentIdFromCollabName } from "@/lib/server/collab/collab-document-name";
import { loadDocumentState } from "@/lib/server/collab/load-document-state";
import { storeDocumentState } from "@/lib/server/collab/store-document-state";
import { AccessMonitor } from "./access-monitor";
import { ackQueue } from "./durable-acks";
import type { TCollabContext } from "./context";
import { DocumentChanges, type TChangesClock } from "./document-changes";
import { readSyncUpdate } from "./sync-update";
import { UpdateLog } from "./update-log";

export type TCollabServerOptions = {
  name?: string;
  /** Quiet period before the debounced store (ms). Durability does not depend on it: the log does. */
  debounceMs?: number;
  /** Upper bound between stores while edits keep coming (ms). */
  maxDebounceMs?: number;
  /** Membership sweep period (ms). */
  accessRecheckMs?: number;
  /** A write from a connection whose access was last confirmed longer ago than this re-checks first (ms). */
  writeRecheckMs?: number;
  /** Store attempts within one debounced store before giving up until the next retry timer. */
  storeAttempts?: number;
  storeRetryBaseMs?: number;
  redisUrl?: string;
  /**
   * LISTEN for documents changed outside the collab server (claims) and catch open copies up
   * (default true; tests that do not need it may turn it off to save a connection).
   */
  documentChanges?: boolean;
  /** How long a burst of notifications for one document may gather before it is applied (ms). */
  documentChangesCoalesceMs?: number;
  /** Least time between claims-changed messages caused only by the store's anchor sync (ms; default 1000). */
  claimsChangedIntervalMs?: number;
  /** First LISTEN reconnect delay (ms), doubling up to 10 s. */
  documentChangesReconnectMs?: number;
  /** The clock of the live pickup's coalescing and claims-changed spacing (tests pass their own). */
  documentChangesClock?: TChangesClock;
};

export type TCollabServer = {
  hocuspocus: Hocuspocus<TCollabContext>;
  /** Take over an HTTP upgrade request as a collab WebSocket. */
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Close every connection, store every document, disconnect Redis. */
  destroy: () => Promise<void>;
  stats: () => {
    documents: number;
    connections: number;
    logged: number;
    logCommits: number;
    stores: number;
    storeFailures: number;
    /** the document-changed LISTEN connection is up (false when disabled) */
    listening: boolean;
    resyncs: number;
    claimBroadcasts: number;
  };
  /** The live pickup of outside changes, when enabled. */
  documentChanges: DocumentChanges | undefined;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) headers.append(k, value);
  }
  let url: URL;
  try {
    url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  } catch {
    url = new URL("http://localhost/");
  }
  return new Request(url, { headers });
}

function refusal(e: unknown): { reason: string } {
  // Thrown as a plain object without `message` so Hocuspocus relays the reason without logging a stack.
  return { reason: isAppError(e) && e.code !== "INTERNAL" ? e.message : "permission-denied" };
}

export async function createCollabServer(options: TCollabServerOptions = {}): Promise<TCollabServer> {
  const name = options.name ?? "collab";
  const storeAttempts = options.storeAttempts ?? 5;
  const storeRetryBaseMs = options.storeRetryBaseMs ?? 200;
  const updateLog = new UpdateLog();
  const counters = { stores: 0, storeFailures: 0 };
  const retryTimers = new Set<NodeJS.Timeout>();
  const needsCompaction = new WeakSet<Document>();

  const documentIdOf = (documentName: string) => {
    const id = documentIdFromCollabName(documentName);
    if (!id) throw new Error(`not a document name: ${documentName}`);
    return id;
  };

  async function store(document: Document): Promise<void> {
    const documentId = documentIdOf(document.name);
    let lastError: unknown;
    for (let attempt = 1; attempt <= storeAttempts; attempt++) {
      try {
        const t0 = performance.now();
        const result = await storeDocumentState({ documentId, state: Y.encodeStateAsUpdate(document) });
        counters.stores += 1;
        log.debug("collab document stored", { documentId, ...result, ms: Math.round(performance.now() - t0) });
        return;
      } catch (e) {
        lastError = e;
        counters.storeFailures += 1;
        log.error("collab store failed", { documentId, attempt, of: storeAttempts, err: e });
        if (attempt < storeAttempts) await sleep(storeRetryBaseMs * 2 ** (attempt - 1));
      }
    }
    // Nothing is lost (every acked update is in the write-ahead log), but the document cannot be
    // unloaded until it stores: keep trying in the background.
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      if (hocuspocus.documents.get(document.name) !== document) return;
      void hocuspocus.storeDocumentHooks(document, {
        instance: hocuspocus,
        clientsCount: document.getConnectionsCount(),
        document,
        documentName: document.name,
        lastContext: {},
        lastTransactionOrigin: { source: "local" },
      }, true);
    }, 30_000);
    timer.unref();
    retryTimers.add(timer);
    throw lastError;
  }

  const core: Extension<TCollabContext> = {
    extensionName: "factdesk",

    async onAuthenticate({ token, documentName, connectionConfig }) {
      try {
        const access = await authorizeCollabConnection({ token, documentName });
        connectionConfig.readOnly = access.readOnly;
        log.info("collab connection accepted", { userId: access.userId, documentId: access.documentId, readOnly: access.readOnly });
        return { access, verifiedAt: Date.now() } satisfies TCollabContext;
      } catch (e) {
        if (!isAppError(e) || e.code === "INTERNAL") log.error("collab authentication failed", { documentName, err: e });
        else log.info("collab connection refused", { documentName, reason: e.message });
        throw refusal(e);
      }
    },

    async onLoadDocument({ document, documentName }) {
      const documentId = documentIdOf(documentName);
      const { state, pendingUpdates } = await loadDocumentState({ documentId });
      Y.applyUpdate(document, state);
      if (pendingUpdates > 0) {
        log.warn("collab document had unstored updates; compacting", { documentId, pendingUpdates });
        needsCompaction.add(document);
      }
    },

    async afterLoadDocument({ document, documentName }) {
      if (!needsCompaction.delete(document)) return;
      // Left over from a crash: fold them into the row now, not at the next edit. Through
      // Hocuspocus' store path so the document is not unloaded (nor the process stopped) mid-store.
      void hocuspocus.storeDocumentHooks(
        document,
        { instance: hocuspocus, clientsCount: document.getConnectionsCount(), document, documentName, lastContext: {}, lastTransactionOrigin: { source: "local" } },
        true,
      );
    },

    async beforeHandleMessage({ connection, update, document }) {
      const sync = readSyncUpdate(update);
      if (!sync) return;
      const conn = connection as Connection<TCollabContext>;
      const acks = ackQueue(conn, (e) => {
        log.error("collab update not logged; closing the connection so the client resends it", { documentId: conn.context.access.documentId, err: e });
        conn.close({ code: 4500, reason: "store-unavailable" });
      });
      if (conn.readOnly) return void acks.push(null); // Hocuspocus refuses the update itself
      await monitor.ensureFresh(conn);
      if (!document.hasConnection(conn)) throw { code: 4403, reason: "access-revoked" };
      if (conn.readOnly) return void acks.push(null);
      // A sync step 2 after (re)connect usually carries nothing new; log only what the server lacks.
      if (sync.kind === "step2" && Y.snapshotContainsUpdate(Y.snapshot(document), sync.update)) return void acks.push(null);
      const { documentId, workspaceId } = conn.context.access;
      const commit = updateLog.append(documentId, workspaceId, sync.update);
      commit.catch(() => {}); // handled where the ack waits for it
      acks.push(commit);
    },

    async beforeHandleAwareness({ states, connection }) {
      // Names and colours come from the server, not from what a client claims to be.
      if (!connection) return;
      const { user } = (connection as Connection<TCollabContext>).context.access;
      for (const state of states.values()) {
        if (state && typeof state === "object") state.user = { ...(state.user ?? {}), ...user };
      }
    },

    async onStoreDocument({ document }) {
      await store(document);
    },
  };

  const extensions: Extension[] = [];
  if (options.redisUrl) {
    // Loaded only when used: ioredis and redlock are a noticeable part of start-up time.
    const { redisExtension } = await import("./redis-extension");
    extensions.push(redisExtension(options.redisUrl, name));
  }
  extensions.push(core);

  // The hooks above close over these two; they only run once both exist.
  const hocuspocus: Hocuspocus<TCollabContext> = new Hocuspocus<TCollabContext>({
    name,
    quiet: true,
    debounce: options.debounceMs ?? 400,
    maxDebounce: options.maxDebounceMs ?? 2_000,
    unloadImmediately: true,
    extensions,
  });
  const monitor = new AccessMonitor(hocuspocus, {
    intervalMs: options.accessRecheckMs ?? 10_000,
    writeMaxAgeMs: options.writeRecheckMs ?? 5_000,
  });
  monitor.start();
  const documentChanges =
    options.documentChanges === false ? undefined : new DocumentChanges(hocuspocus, {
          coalesceMs: options.documentChangesCoalesceMs ?? 15,
          claimsOnlyIntervalMs: options.claimsChangedIntervalMs ?? 1_000,
          minBackoffMs: options.documentChangesReconnectMs,
          clock: options.documentChangesClock,
          onTextLockChanged: (document) => monitor.recheckDocument(document.getConnections() as Connection<TCollabContext>[]),
        });
  documentChanges?.start();

  const wss = new WebSocketServer({ noServer: true, maxPayload: 32 * 1024 * 1024 });
  const sockets = new Set<WebSocket>();

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      const client = hocuspocus.handleConnection(ws, toWebRequest(req));
      ws.on("message", (data: Buffer) => client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      ws.on("close", (code, reason) => {
        sockets.delete(ws);
        client.handleClose({ code, reason: reason.toString() });
      });
      ws.on("error", (err) => log.warn("collab websocket error", { err }));
    });
  }

  let destroying: Promise<void> | undefined;
  async function destroy() {
    destroying ??= (async () => {
      monitor.stop();
      await documentChanges?.stop();
      for (const t of retryTimers) clearTimeout(t);
      hocuspocus.closeConnections();
      for (const ws of sockets) ws.close(1001, "server shutting down");
      hocuspocus.flushPendingStores();
      const deadline = Date.now() + 10_000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) await sleep(50);
      if (hocuspocus.getDocumentsCount() > 0) {
        log.error("collab shutdown: documents still unstored (their updates are in the write-ahead log)", {
          documents: [...hocuspocus.documents.keys()],
        });
      }
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
      wss.close();
    })();
    return destroying;
  }

  return {
    hocuspocus,
    handleUpgrade,
    destroy,
    documentChanges,
    stats: () => ({
      documents: hocuspocus.getDocumentsCount(),
      connections: hocuspocus.getConnectionsCount(),
      logged: updateLog.appended,
      logCommits: updateLog.commits,
      ...counters,
      listening: documentChanges?.connected ?? false,
      resyncs: documentChanges?.resyncs ?? 0,
      claimBroadcasts: documentChanges?.claimBroadcasts ?? 0,
    }),
  };
}
