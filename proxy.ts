import { type NextRequest, NextResponse } from "next/server";
import { REQUEST_PATH_HEADER, returnPathOf } from "@/lib/domain/auth-redirect";
import { env, githubEnabled, googleEnabled, isDevelopment, trustProxy } from "@/lib/env";
import { dropUncheckedForwardedHeaders } from "@/lib/server/http/request-ip";
import { securityHeaders } from "@/lib/server/http/security-headers";

/**
 * Runs before every request (no matcher: pages, API, server actions, errors, static files) and
 * gives every response its security headers, with a fresh CSP nonce per request. Next finds the
 * nonce in the request's Content-Security-Policy and puts it on the scripts it renders, so pages
 * must render per request (app/layout.tsx waits for the connection). Authorization is not done
 * here: lib/server checks it in every function.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const { checked } = dropUncheckedForwardedHeaders(headers, { trustProxy: trustProxy() });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const security = securityHeaders({
    nonce,
    pathname: request.nextUrl.pathname,
    host: headers.get("x-forwarded-host") ?? headers.get("host"),
    https: checked && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https",
    dev: isDevelopment(),
    collabUrl: env().COLLAB_PUBLIC_URL,
    oauthOrigins: [...(githubEnabled() ? ["https://github.com"] : []), ...(googleEnabled() ? ["https://accounts.google.com"] : [])],
  });
  headers.set("Content-Security-Policy", security["Content-Security-Policy"]!);
  headers.set(REQUEST_PATH_HEADER, returnPathOf(request.nextUrl));
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}
