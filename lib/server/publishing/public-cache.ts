import "server-only";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { subscribeLiveEvents } from "@/lib/server/notifications/live-events";
import { PUBLIC_TOPIC } from "./public-cache-events";
import {
  existingPublicCacheState,
  freshEntry,
  PUBLIC_CACHE_MAX_ENTRIES,
  publicCacheState,
  type TCachedResponse,
  type TPublicCacheState,
} from "./public-cache-state";

export type { TCachedResponse } from "./public-cache-state";

/**
 * The public pages' cache, in memory per process: an unchanged page is served without touching
 * the database (and, in our web server, without even reaching Next: public-fast-path.ts). Writers
 * announce changes with `publicChanged` (pg_notify in their transaction); every process listens
 * and drops its pages. A generation number keeps a page rendered before a change from being
 * stored after it. While the LISTEN connection is not up (starting, or reconnecting with backoff)
 * nothing is cached: every request renders. The TTL is a last bound on staleness.
 */
function state(): TPublicCacheState {
  return publicCacheState(() => {
    const s: TPublicCacheState = { entries: new Map(), byUrl: new Map(), generation: 0, listening: false, unsubscribe: null };
    // Until the LISTEN is up, and whenever it is lost, changes could go unheard: nothing is cached
    // then, and what was cached is dropped when listening (again) begins.
    s.unsubscribe = subscribeLiveEvents([PUBLIC_TOPIC], () => clearPublicCache(), {
      onListening: () => {
        clearPublicCache();
        s.listening = true;
      },
      onLost: () => {
        s.listening = false;
        clearPublicCache();
      },
    });
    return s;
  });
}

/** Drops every cached page (a publication anywhere: indexes, feeds and sitemaps span pages). */
export function clearPublicCache(): void {
  const s = existingPublicCacheState();
  if (!s) return;
  s.generation += 1;
  s.entries.clear();
  s.byUrl.clear();
}

export const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

/** The cached response for `key`, or `build`'s, stored unless something changed meanwhile. */
export async function cachedPublic(key: string, build: () => Promise<Omit<TCachedResponse, "etag" | "key"> & { etag?: string }>, now = Date.now()): Promise<TCachedResponse> {
  const s = state();
  const hit = freshEntry(s, key, now);
  if (hit) {
    // Most recently used last: the Map's first entry is the one to evict.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit;
  }
  const generation = s.generation;
  const built = await build();
  const response: TCachedResponse = { ...built, key, etag: built.etag ?? etagOf(built.body) };
  if (generation === s.generation && s.listening) {
    // Compressed once here, not per request.
    s.entries.set(key, { ...response, at: now, gzip: response.body.length > 512 ? gzipSync(response.body) : undefined });
    if (s.entries.size > PUBLIC_CACHE_MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
  }
  return response;
}

/** The headers a cached page is served with (besides the security headers every response gets). */
export function cachedResponseHeaders(r: Pick<TCachedResponse, "status" | "contentType" | "etag" | "headers">): Record<string, string> {
  const cacheable = r.status === 200 || r.status === 410;
  return {
    "content-type": r.contentType,
    etag: r.etag,
    // Browsers ask every time (a 304 from memory when unchanged), so a reader never sees a verdict
    // after its correction; a CDN (RFC 9213) keeps a page a minute and may serve it stale for ten
    // while it revalidates. 404s and redirects are kept a minute.
    "cache-control": cacheable ? "public, no-cache" : "public, max-age=60",
    ...(cacheable ? { "cdn-cache-control": "public, max-age=60, stale-while-revalidate=600" } : {}),
    ...r.headers,
  };
}

/** A Response for a cached page: ETag/If-None-Match (304), HEAD; remembered by URL for the fast path. */
export function publicResponse(req: Request, r: TCachedResponse): Response {
  const headers = cachedResponseHeaders(r);
  const s = existingPublicCacheState();
  if (s?.entries.has(r.key)) {
    const url = new URL(req.url);
    s.byUrl.set(url.pathname + url.search, { key: r.key, headers });
    if (s.byUrl.size > PUBLIC_CACHE_MAX_ENTRIES * 2) s.byUrl.delete(s.byUrl.keys().next().value!);
  }
  const cacheable = r.status === 200 || r.status === 410;
  if (cacheable && req.headers.get("if-none-match") === r.etag) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : r.body, { status: r.status, headers });
}
