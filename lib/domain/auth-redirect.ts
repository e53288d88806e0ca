/**
 * Where to go after signing in. Only same-site relative paths are honoured: "/w/demo" yes,
 * "//evil.example", "/\\evil.example", "https://…" and "javascript:" no (open-redirect guard).
 */
export function safeNextPath(next: unknown, fallback = "/dashboard"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2048) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  // Control characters and backslashes let browsers reinterpret the path as another origin.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://factdesk.invalid");
    if (url.origin !== "http://factdesk.invalid") return fallback;
    // Sending a signed-in user back to the auth pages would loop.
    if (url.pathname === "/signin" || url.pathname === "/signup" || url.pathname.startsWith("/api/")) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/**
 * The request header in which proxy.ts hands pages the URL they were asked for, so a signed-out
 * visitor is sent to sign-in and back to exactly that path and query (a claim link's `?claim=`),
 * which a server component cannot otherwise see. proxy.ts overwrites whatever a client sent.
 */
export const REQUEST_PATH_HEADER = "x-factdesk-request-path";

/** The path and query worth coming back to: Next's own `_rsc` cache-busting parameter dropped. */
export function returnPathOf(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("_rsc");
  const qs = params.toString();
  return `${url.pathname}${qs ? `?${qs}` : ""}`;
}
