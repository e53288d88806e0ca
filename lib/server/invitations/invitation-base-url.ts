import "server-only";
import { env } from "@/lib/env";

/** Where accept links point: APP_URL when configured (behind proxies the request origin can lie), else the caller's origin. */
export function invitationBaseUrl(origin?: string): string {
  const base = env().APP_URL ?? origin ?? "http://localhost:3000";
  return base.replace(/\/+$/, "");
}
