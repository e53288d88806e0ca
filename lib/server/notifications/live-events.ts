import "server-only";
import pg from "pg";
import { z } from "zod";
import type { TTx } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Live updates for open pages, without polling: writers publish an event with `pg_notify` inside
 * their transaction (delivered only if it commits); one LISTEN connection per server process
 * fans it out to the Server-Sent Events streams subscribed to its topics (`user:<id>` for a
 * person's notifications, `claim:<id>` for a claim's conversation). The connection is opened by
 * the first subscriber and closed after the last, and reconnects with backoff if it drops (events
 * sent meanwhile are lost; a page reloads what it shows on reconnect).
 */
export const LIVE_EVENTS_CHANNEL = "factdesk_live_events";

export type TLiveEvent = { type: "notification" | "comments" | "public"; topics: string[] };
const ZLiveEvent = z.object({ type: z.enum(["notification", "comments", "public"]), topics: z.array(z.string().max(80)).max(50) });

/** Publishes in the caller's transaction: it reaches listeners when (and only if) it commits. */
export async function publishLiveEvent(tx: TTx, event: TLiveEvent): Promise<void> {
  if (event.topics.length === 0) return;
  await tx.$executeRaw`SELECT pg_notify(${LIVE_EVENTS_CHANNEL}, ${JSON.stringify(event)})`;
}

type THandler = (event: TLiveEvent) => void;
/** Told when the LISTEN is (re)established and when it is lost: events in between are missed. */
type TConnectionHooks = { onListening?: () => void; onLost?: () => void };
const subscribers = new Map<string, Set<THandler>>();
const connectionHooks = new Set<TConnectionHooks>();
let client: pg.Client | undefined;
let retry: NodeJS.Timeout | undefined;
let backoff = 500;

function dispatch(msg: pg.Notification) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(msg.payload ?? "");
  } catch {
    return;
  }
  const result = ZLiveEvent.safeParse(parsed);
  if (!result.success) return;
  const called = new Set<THandler>();
  for (const topic of result.data.topics) {
    for (const fn of subscribers.get(topic) ?? []) {
      if (called.has(fn)) continue;
      called.add(fn);
      try {
        fn(result.data);
      } catch (err) {
        log.error("live event handler failed", { err });
      }
    }
  }
}

function ensureListening() {
  if (client || retry || subscribers.size === 0) return;
  const c = new pg.Client({ connectionString: env().DATABASE_URL, keepAlive: true, application_name: "factdesk-live-events" });
  client = c;
  const drop = (reason: string, err?: unknown) => {
    if (client !== c) return;
    client = undefined;
    c.removeAllListeners("notification");
    c.end().catch(() => {});
    for (const h of connectionHooks) h.onLost?.();
    if (subscribers.size === 0) return;
    log.warn("live events listener lost its connection; reconnecting", { reason, err });
    retry = setTimeout(() => {
      retry = undefined;
      ensureListening();
    }, backoff);
    retry.unref();
    backoff = Math.min(backoff * 2, 10_000);
  };
  c.on("error", (err) => drop("error", err));
  c.on("end", () => drop("end"));
  c.on("notification", dispatch);
  c.connect()
    .then(() => c.query(`LISTEN ${LIVE_EVENTS_CHANNEL}`))
    .then(() => {
      backoff = 500;
      if (client === c) for (const h of connectionHooks) h.onListening?.();
    })
    .catch((err) => drop("connect failed", err));
}

/**
 * Calls `fn` for each event on any of `topics` until the returned function is called. `hooks`
 * hear when the listener starts listening and when it loses its connection (a cache must not
 * trust itself while events may be missed).
 */
export function subscribeLiveEvents(topics: readonly string[], fn: THandler, hooks?: TConnectionHooks): () => void {
  if (hooks) connectionHooks.add(hooks);
  for (const t of topics) {
    if (!subscribers.has(t)) subscribers.set(t, new Set());
    subscribers.get(t)!.add(fn);
  }
  ensureListening();
  return () => {
    if (hooks) connectionHooks.delete(hooks);
    for (const t of topics) {
      const set = subscribers.get(t);
      set?.delete(fn);
      if (set && set.size === 0) subscribers.delete(t);
    }
    if (subscribers.size === 0 && client) {
      const c = client;
      client = undefined;
      c.removeAllListeners("notification");
      c.end().catch(() => {});
    }
  };
}
