import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { REQUEST_PATH_HEADER, safeNextPath } from "@/lib/domain/auth-redirect";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requestIp } from "@/lib/server/http/route";
import { authenticateApiToken } from "@/lib/server/tokens/authenticate-api-token";

/**
 * The actor behind the Auth.js session cookie, or null. Auth.js runs our jwt callback on the way,
 * which refuses a revoked or deleted AuthSession, so this is also where server-side revocation bites.
 * Cached per request: a page and its layout share one check.
 */
export const getSessionActor = cache(async function getSessionActor(): Promise<TActor | null> {
  // Loaded lazily so code paths that never read the cookie (bearer tokens, tests) skip next-auth.
  const { auth } = await import("@/lib/auth");
  const session = await auth();
  if (!session?.user?.id || !session.sessionId) return null;
  let ip: string | undefined;
  try {
    ip = requestIp(await headers());
  } catch {
    ip = undefined;
  }
  return { userId: session.user.id, via: "session", sessionId: session.sessionId, ip };
});

/**
 * For pages and server actions: the actor, or a redirect to sign-in that comes back here: to the
 * URL the request asked for when proxy.ts passed it on (query included), else to `nextPath`.
 */
export async function requirePageActor(nextPath?: string): Promise<TActor> {
  const actor = await getSessionActor();
  if (actor) return actor;
  let requested = "";
  try {
    requested = safeNextPath((await headers()).get(REQUEST_PATH_HEADER), "");
  } catch {
    requested = ""; // outside a request (scripts, tests)
  }
  const next = requested || (nextPath ? safeNextPath(nextPath, "") : "");
  redirect(next ? `/signin?next=${encodeURIComponent(next)}` : "/signin");
}

/** What a READ_ONLY token may do: methods that change nothing (every route keeps GET side-effect free). */
const READ_ONLY_METHODS = new Set(["GET", "HEAD"]);

/**
 * For route handlers: `Authorization: Bearer <personal access token>` first, else the session cookie.
 * A bearer header that does not hold a live token is an error, never a silent fall-back to the cookie.
 * A read-only token is refused here for any other method, so no mutating route can forget the check.
 */
export async function getRequestActor(req: Request): Promise<TActor | null> {
  const header = req.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <personal access token>`.");
    const { userId, tokenId, access } = await authenticateApiToken({ secret: match[1] });
    if (access === "READ_ONLY" && !READ_ONLY_METHODS.has(req.method.toUpperCase())) {
      throw new AppError("FORBIDDEN", "This personal access token is read-only: it can only make GET requests. Create a read-write token to make changes.");
    }
    return { userId, via: "token", tokenId, ip: requestIp(req.headers) };
  }
  return getSessionActor();
}
