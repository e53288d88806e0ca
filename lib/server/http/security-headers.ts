import "server-only";

export type TSecurityContext = {
  /** Fresh per request; Next reads it back from the request's CSP and puts it on its own scripts. */
  nonce: string;
  pathname: string;
  /** The host the browser used (Host, or X-Forwarded-Host behind a trusted proxy); null when unusable. */
  host: string | null;
  /** Served over TLS (the socket, or X-Forwarded-Proto behind a trusted proxy). */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval. */
  dev: boolean;
  /** COLLAB_PUBLIC_URL when collab runs as its own service. */
  collabUrl?: string;
  /** Origins OAuth sign-in redirects to after a form post (form-action also governs that redirect). */
  oauthOrigins: string[];
};

/**
 * Paths other sites may put in a frame, with the `frame-ancestors` sources they get. The one
 * exception is the embed route (the compact public verdict card other sites frame), added HERE
 * and nowhere else; its responses carry no X-Frame-Options.
 */
const FRAMEABLE: Array<{ path: RegExp; frameAncestors: string }> = [{ path: /^\/p\/[a-z0-9-]+\/[a-z0-9-]+\/embed\/?$/, frameAncestors: "*" }];

export function framingPolicy(pathname: string): { frameAncestors: string; xFrameOptions: string | null } {
  const exception = FRAMEABLE.find((f) => f.path.test(pathname));
  return exception ? { frameAncestors: exception.frameAncestors, xFrameOptions: null } : { frameAncestors: "'none'", xFrameOptions: "DENY" };
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A Host header we can put into a CSP source list, or null (it must not smuggle in a directive). */
export function cspHost(host: string | null | undefined): string | null {
  const value = host?.split(",")[0]?.trim();
  return value && HOST.test(value) ? value.toLowerCase() : null;
}

/** The origin of COLLAB_PUBLIC_URL as a CSP source (ws:// or wss://, also http(s) given as such). */
function collabSource(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return ["ws:", "wss:", "http:", "https:"].includes(u.protocol) ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy of every response.
 * - script-src: only scripts carrying this request's nonce, and what they load ('strict-dynamic':
 *   Next's chunks, next/dynamic's editor chunks); eval in development only.
 * - style-src 'unsafe-inline': the editor writes style attributes (remote carets' colours) and
 *   <style> elements (Tiptap's base sheet, the claim-highlight sheet) at run time, and SSR'd
 *   `style` props are attributes, which nonces cannot cover. Styles cannot run script, and the
 *   way injected CSS leaks data (loading a URL) is closed by img-src/font-src/connect-src.
 * - connect-src: this origin plus the collab WebSocket (same host on ws/wss, or COLLAB_PUBLIC_URL).
 */
export function contentSecurityPolicy(ctx: TSecurityContext): string {
  const host = cspHost(ctx.host);
  const connect = ["'self'", ...(host ? [`ws://${host}`, `wss://${host}`] : []), collabSource(ctx.collabUrl)].filter(Boolean);
  const directives: string[] = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${ctx.nonce}' 'strict-dynamic'${ctx.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${[...new Set(connect)].join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${["'self'", ...ctx.oauthOrigins].join(" ")}`,
    `frame-ancestors ${framingPolicy(ctx.pathname).frameAncestors}`,
  ];
  if (ctx.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * An archived page's source (GET /api/w/{slug}/snapshots/{id}/html) is someone else's HTML served
 * from our origin. `sandbox` without allow-scripts runs none of its scripts, and without
 * allow-same-origin gives it an opaque origin: it can never read our cookies, storage or API with
 * the viewer's authority. It loads nothing but images (no styles sheets, fonts, frames, forms),
 * sends no Referer to them, and may not be framed.
 */
export const ARCHIVED_PAGE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";
const ARCHIVED_PAGE_PATH = /^\/api\/w\/[^/]+\/snapshots\/[^/]+\/html\/?$/;

/**
 * An uploaded source file (GET /api/w/{slug}/sources/{id}/file): a PDF or image the team uploaded.
 * Should a browser render it as a document (a PDF viewer, an image opened on its own), the same
 * sandbox keeps it from running anything with our origin's authority.
 */
export const SOURCE_FILE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'";
const SOURCE_FILE_PATH = /^\/api\/w\/[^/]+\/sources\/[^/]+\/file\/?$/;

/**
 * The public verdict pages (/p/…) ship no JavaScript at all: no script runs (JSON-LD is data, not
 * executed), styles come only from our stylesheet (rating colours are SVG fill attributes, not
 * styles), images from here or https (the workspace's logo), and forms post only here (the
 * index's search box).
 */
export function publicPagePolicy(pathname: string): string {
  return `default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors ${framingPolicy(pathname).frameAncestors}`;
}
const PUBLIC_PAGE_PATH = /^\/p(?:\/|$)/;

/** The sandboxing policy of a path that serves content we did not write, or null for our own pages and API. */
export function untrustedContentPolicy(pathname: string): string | null {
  if (ARCHIVED_PAGE_PATH.test(pathname)) return ARCHIVED_PAGE_CSP;
  if (SOURCE_FILE_PATH.test(pathname)) return SOURCE_FILE_CSP;
  return null;
}

/** Every security header of a response, CSP included. */
export function securityHeaders(ctx: TSecurityContext): Record<string, string> {
  const sandboxed = untrustedContentPolicy(ctx.pathname);
  const publicPage = PUBLIC_PAGE_PATH.test(ctx.pathname) ? publicPagePolicy(ctx.pathname) : null;
  const headers: Record<string, string> = {
    // Those routes set the same policy themselves; this keeps the app's policy from replacing it.
    "Content-Security-Policy": sandboxed ?? publicPage ?? contentSecurityPolicy(ctx),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": sandboxed ? "no-referrer" : "strict-origin-when-cross-origin",
  };
  const { xFrameOptions } = framingPolicy(ctx.pathname);
  if (xFrameOptions) headers["X-Frame-Options"] = xFrameOptions;
  // One year, this host only: includeSubDomains could strand other hosts of the same domain on http.
  if (ctx.https) headers["Strict-Transport-Security"] = "max-age=31536000";
  return headers;
}
