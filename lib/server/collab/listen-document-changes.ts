import "server-only";
import pg from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { DOCUMENT_CHANGED_CHANNEL, type TDocumentChanged } from "./notify-document-changed";

const ZDocumentChanged = z.object({
  documentId: z.string().uuid(),
  ydoc: z.boolean(),
  claims: z.boolean(),
  textLock: z.boolean().optional(),
});

export type TDocumentChangesListener = {
  /** true while the LISTEN connection is up */
  readonly connected: boolean;
  /** PostgreSQL backend pid of the LISTEN connection while connected (tests kill it to test reconnects) */
  readonly backendPid: number | undefined;
  /** Close the connection and stop reconnecting. */
  stop: () => Promise<void>;
};

export type TListenDocumentChangesOptions = {
  onChange: (change: TDocumentChanged) => void;
  /**
   * After every successful LISTEN (the first and each reconnect). NOTIFYs sent while the connection
   * was down are lost, so the caller resyncs whatever it holds from the durable state.
   */
  onConnect?: (info: { reconnect: boolean }) => void;
  /** After every failed connect attempt, before the backoff (observability, tests). */
  onConnectFailed?: (info: { retryInMs: number }) => void;
  connectionString?: string;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * A `SELECT 1` this often: a connection that died without a FIN (network partition, a killed
   * proxy) would otherwise look alive forever while hearing nothing.
   */
  pingMs?: number;
};

/**
 * Listens on DOCUMENT_CHANGED_CHANNEL with its own `pg` client (LISTEN holds a connection for
 * good; Prisma's pool hands connections out per query). Reconnects with exponential backoff
 * (min → max, reset after a successful connect) when the connection drops. System call, no actor.
 */
export function listenDocumentChanges(opts: TListenDocumentChangesOptions): TDocumentChangesListener {
  const minBackoff = opts.minBackoffMs ?? 250;
  const maxBackoff = opts.maxBackoffMs ?? 10_000;
  const pingMs = opts.pingMs ?? 30_000;
  let client: pg.Client | undefined;
  let connected = false;
  let everConnected = false;
  let stopped = false;
  let backoff = minBackoff;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;

  const onNotification = (msg: pg.Notification) => {
    if (msg.channel !== DOCUMENT_CHANGED_CHANNEL) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(msg.payload ?? "");
    } catch {
      parsed = undefined;
    }
    const result = ZDocumentChanged.safeParse(parsed);
    if (!result.success) {
      log.warn("document-changed notification ignored: not a valid payload", { payload: msg.payload?.slice(0, 200) });
      return;
    }
    try {
      opts.onChange(result.data);
    } catch (e) {
      log.error("document-changed handler failed", { documentId: result.data.documentId, err: e });
    }
  };

  // One teardown per client, whichever of error / end / failed ping comes first.
  const drop = (c: pg.Client, reason: string, err?: unknown) => {
    if (c !== client) return;
    client = undefined;
    const wasConnected = connected;
    connected = false;
    clearInterval(pingTimer);
    c.removeAllListeners("notification");
    c.end().catch(() => {});
    if (stopped) return;
    if (wasConnected) log.warn("document-changed listener lost its connection; reconnecting", { reason, err });
    schedule();
  };

  const schedule = () => {
    if (stopped || retryTimer) return;
    const delay = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  async function connect() {
    if (stopped) return;
    const c = new pg.Client({ connectionString: opts.connectionString ?? env().DATABASE_URL, keepAlive: true, application_name: "factdesk-collab-listen" });
    client = c;
    // An 'error' without a listener would crash the process; every error ends in a reconnect.
    c.on("error", (err) => drop(c, "error", err));
    c.on("end", () => drop(c, "end"));
    c.on("notification", onNotification);
    try {
      await c.connect();
      await c.query(`LISTEN ${DOCUMENT_CHANGED_CHANNEL}`);
    } catch (err) {
      if (client === c) {
        log.warn("document-changed listener could not connect; retrying", { err, retryInMs: backoff });
        opts.onConnectFailed?.({ retryInMs: backoff });
      }
      drop(c, "connect failed", err);
      return;
    }
    if (stopped || client !== c) return void c.end().catch(() => {});
    connected = true;
    backoff = minBackoff;
    const reconnect = everConnected;
    everConnected = true;
    if (reconnect) log.info("document-changed listener reconnected");
    pingTimer = setInterval(() => {
      c.query("SELECT 1").catch((err) => drop(c, "ping failed", err));
    }, pingMs);
    pingTimer.unref();
    try {
      opts.onConnect?.({ reconnect });
    } catch (e) {
      log.error("document-changed connect handler failed", { err: e });
    }
  }

  void connect();

  return {
    get connected() {
      return connected;
    },
    get backendPid() {
      return connected ? (client as unknown as { processID?: number } | undefined)?.processID : undefined;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      const c = client;
      client = undefined;
      connected = false;
      if (c) await c.end().catch(() => {});
    },
  };
}
