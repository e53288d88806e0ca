import "server-only";
import { createHash } from "node:crypto";
import { subscribeLiveEvents } from "@/lib/server/notifications/live-events";
import { PUBLIC_TOPIC } from "./public-cache-events";

/**
 * The public pages' cache, in memory per process: an unchanged page is served without touching
 * the database. Writers announce changes with `publicChanged` (pg_notify in their transaction);
 * every process listens and drops what changed. A generation number keeps a page rendered before
 * a change from being stored after it. The TTL bounds staleness should the LISTEN connection be
 * down (it reconnects with backoff): at worst one query per page per TTL.
 */
export type TCachedResponse = { status: number; body: string; contentType: string; etag: string; headers?: Record<string, string>; workspaceId: string | null };

const MAX_ENTRIES = 2000;
const TTL_MS = 60_000;
type TEntry = TCachedResponse & { at: number };

const KEY = Symbol.for("factdesk.publicCache");
type TState = { entries: Map<string, TEntry>; generation: number; unsubscribe: (() => void) | null };
const holder = globalThis as unknown as { [KEY]?: TState };

function state(): TState {
  let s = holder[KEY];
  if (!s) {
    s = { entries: new Map(), generation: 0, unsubscribe: null };
    holder[KEY] = s;
    const st = s;
    st.unsubscribe = subscribeLiveEvents([PUBLIC_TOPIC], () => clearPublicCache());
  }
  return s;
}

/** Drops every cached page (a publication anywhere: feeds and sitemaps span pages). */
export function clearPublicCache(): void {
  const s = holder[KEY];
  if (!s) return;
  s.generation += 1;
  s.entries.clear();
}

export const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/** The cached response for `key`, or `build`'s, stored unless something changed meanwhile. */
export async function cachedPublic(key: string, build: () => Promise<Omit<TCachedResponse, "etag"> & { etag?: string }>, now = Date.now()): Promise<TCachedResponse> {
  const s = state();
  const hit = s.entries.get(key);
  if (hit && now - hit.at < TTL_MS) {
    // Most recently used last: the Map's first entry is the one to evict.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit;
  }
  const generation = s.generation;
  const built = await build();
  const response: TCachedResponse = { ...built, etag: built.etag ?? etagOf(built.body) };
  if (generation === s.generation) {
    s.entries.set(key, { ...response, at: now });
    if (s.entries.size > MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
  }
  return response;
}

/** A Response for a cached page: ETag/If-None-Match (304), and caching a CDN may follow. */
export function publicResponse(req: Request, r: TCachedResponse): Response {
  const cacheable = r.status === 200 || r.status === 410;
  const headers: Record<string, string> = {
    "content-type": r.contentType,
    etag: r.etag,
    // Browsers ask every time (a 304 from memory when unchanged), so a reader never sees a verdict
    // after its correction; a CDN (RFC 9213) keeps a page a minute and may serve it stale for ten
    // while it revalidates. 404s and redirects are kept a minute.
    "cache-control": cacheable ? "public, no-cache" : "public, max-age=60",
    ...(cacheable ? { "cdn-cache-control": "public, max-age=60, stale-while-revalidate=600" } : {}),
    ...r.headers,
  };
  if (req.headers.get("if-none-match") === r.etag && (r.status === 200 || r.status === 410)) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : r.body, { status: r.status, headers });
}
