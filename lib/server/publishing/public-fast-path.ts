import type { IncomingMessage, ServerResponse } from "node:http";
import { existingPublicCacheState, freshEntry } from "./public-cache-state";

/**
 * Our web server's front door for public pages (scripts/server.ts): a GET or HEAD of a /p/… URL
 * that a route handler already answered, whose page is still in the cache, is
 * written straight from memory (pre-compressed), with the same headers Next would have sent, the
 * security headers included, without entering Next at all. Anything else (a miss, a stale
 * page, another path) returns false and goes to Next as usual, which fills the cache.
 */
export function servePublicFromCache(req: IncomingMessage, res: ServerResponse, securityHeaders: (pathname: string) => Record<string, string>): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (!url.startsWith("/p/")) return false;
  const s = existingPublicCacheState();
  const known = s?.byUrl.get(url);
  if (!s || !known) return false;
  const entry = freshEntry(s, known.key);
  if (!entry) return false;
  const pathname = url.split("?")[0]!;
  const headers: Record<string, string | number> = { ...securityHeaders(pathname), ...known.headers, vary: "Accept-Encoding" };
  const cacheable = entry.status === 200 || entry.status === 410;
  if (cacheable && req.headers["if-none-match"] === entry.etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? entry.gzip! : Buffer.from(entry.body);
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  res.writeHead(entry.status, headers).end(req.method === "HEAD" ? undefined : body);
  return true;
}
