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
