import "server-only";
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

/**
 * The caller's IP for rate limits and the audit log: the RIGHTMOST x-forwarded-for entry, i.e. the
 * address the nearest proxy saw (entries to its left are whatever the client claimed). Without
 * TRUST_PROXY=1 there is no such proxy and the header holds the socket address: guardForwardedHeaders
 * writes it there for every request, whichever server (ours, `next start`, standalone) took it.
 */
export function requestIp(headers: Pick<Headers, "get">): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean) ?? [];
  return (hops.at(-1) || headers.get("x-real-ip") || "unknown").slice(0, 64);
}

/** What a client may claim about proxies it went through; believed only behind a trusted proxy. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * With no trusted proxy in front, forwarding headers come from the client: x-forwarded-for becomes
 * the socket address, x-forwarded-proto the socket's own scheme, and the rest are dropped (Next
 * derives x-forwarded-host/port from the Host header and its own port again).
 */
export function replaceForwardedHeaders(headers: IncomingHttpHeaders, socket: { remoteAddress?: string; encrypted?: boolean }) {
  for (const name of FORWARDED_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = socket.remoteAddress ?? "unknown";
  headers["x-forwarded-proto"] = socket.encrypted ? "https" : "http";
}

/**
 * Set on each request the guard has seen, to a secret of this process: the proxy (proxy.ts) can tell
 * a request that arrived before the guard was installed (Next's standalone server listens before it
 * runs instrumentation) from one the guard rewrote, and a client cannot fake it.
 */
const CHECKED_HEADER = "x-factdesk-forwarded-checked";
const TOKEN = Symbol.for("factdesk.forwardedHeadersToken");
const processState = globalThis as { [TOKEN]?: string };

/**
 * Applies the TRUST_PROXY rule to every HTTP request this process receives, before any handler
 * sees it: Node publishes each request on `http.server.request.start` ahead of the server's
 * 'request' event. Installed once per process from instrumentation.ts.
 */
export function guardForwardedHeaders({ trustProxy }: { trustProxy: boolean }) {
  if (processState[TOKEN]) return;
  const token = randomBytes(16).toString("hex");
  processState[TOKEN] = token;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    if (!trustProxy) replaceForwardedHeaders(request.headers, request.socket as IncomingMessage["socket"] & { encrypted?: boolean });
    request.headers[CHECKED_HEADER] = token;
  });
}

/**
 * For the proxy: a request the guard has not rewritten, with no trusted proxy, keeps no forwarding
 * header (the IP then reads "unknown", which is safer than a client's pick). Always removes the
 * marker so nothing downstream sees the token.
 */
export function dropUncheckedForwardedHeaders(headers: Headers, { trustProxy }: { trustProxy: boolean }): { checked: boolean } {
  const token = processState[TOKEN];
  const checked = trustProxy || (token !== undefined && headers.get(CHECKED_HEADER) === token);
  headers.delete(CHECKED_HEADER);
  if (!checked) for (const name of FORWARDED_HEADERS) headers.delete(name);
  return { checked };
}
