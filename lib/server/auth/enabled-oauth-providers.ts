import "server-only";
import { githubEnabled, googleEnabled } from "@/lib/env";

/** The OAuth buttons to show: only providers whose client id and secret are configured. */
export function enabledOAuthProviders() {
  return [
    ...(githubEnabled() ? [{ id: "github", name: "GitHub" } as const] : []),
    ...(googleEnabled() ? [{ id: "google", name: "Google" } as const] : []),
  ];
}
