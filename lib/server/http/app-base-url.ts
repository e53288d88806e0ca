import "server-only";
import { env } from "@/lib/env";

/**
 * The app's public origin for links we hand out (invitation links, annotation ids, CSV links):
 * APP_URL when configured — behind proxies the request origin can be an internal address or be
 * spoofed through the Host header — else the caller's origin.
 */
export function appBaseUrl(origin?: string): string {
  const base = env().APP_URL ?? origin ?? "http://localhost:3000";
  return base.replace(/\/+$/, "");
}
