/**
 * The public pages' cache state, on globalThis: Next compiles route handlers into module graphs
 * of their own, and the web server's fast path (public-fast-path.ts) must find the same entries
 * the route handlers stored. No imports: the fast path loads this outside Next.
 */
export type TCachedResponse = {
  key: string;
  status: number;
  body: string;
  contentType: string;
  etag: string;
  headers?: Record<string, string>;
  workspaceId: string | null;
};

export type TEntry = TCachedResponse & { at: number; gzip?: Buffer };

export type TPublicCacheState = {
  entries: Map<string, TEntry>;
  /** Request path + query → the entry key that answered it and the headers it was served with. */
  byUrl: Map<string, { key: string; headers: Record<string, string> }>;
  generation: number;
  /** Whether this process hears of changes now: while not, nothing is cached or served from the cache. */
  listening: boolean;
  unsubscribe: (() => void) | null;
};

export const PUBLIC_CACHE_TTL_MS = 60_000;
export const PUBLIC_CACHE_MAX_ENTRIES = 2000;

const KEY = Symbol.for("factdesk.publicCache");
const holder = globalThis as unknown as { [KEY]?: TPublicCacheState };

export function publicCacheState(create: () => TPublicCacheState): TPublicCacheState {
  return (holder[KEY] ??= create());
}

export function existingPublicCacheState(): TPublicCacheState | undefined {
  return holder[KEY];
}

/** A fresh entry for `key`, or undefined (absent, older than the TTL, or changes could be missed now). */
export function freshEntry(s: TPublicCacheState, key: string, now = Date.now()): TEntry | undefined {
  if (!s.listening) return undefined;
  const e = s.entries.get(key);
  return e && now - e.at < PUBLIC_CACHE_TTL_MS ? e : undefined;
}
