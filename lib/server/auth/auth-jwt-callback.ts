import "server-only";
import type { JWT } from "next-auth/jwt";
import { log } from "@/lib/log";
import { checkAuthSession } from "@/lib/server/auth/check-auth-session";
import { createAuthSession } from "@/lib/server/auth/create-auth-session";

export type TJwtSignIn = { userId: string; name?: string | null; email?: string | null; userAgent?: string | null; ip?: string | null };

/**
 * The Auth.js `jwt` callback, kept free of Next's request context so tests can call it.
 * On sign-in it opens an AuthSession row and puts its id in the token; on every later request it
 * returns null (which makes Auth.js drop the session and clear the cookie) once that row is gone
 * or revoked.
 */
export async function authJwtCallback({ token, signIn }: { token: JWT; signIn?: TJwtSignIn }): Promise<JWT | null> {
  if (signIn) {
    const sid = await createAuthSession({ userId: signIn.userId, userAgent: signIn.userAgent, ip: signIn.ip });
    log.info("session started", { userId: signIn.userId, sessionId: sid, ip: signIn.ip });
    return { sub: signIn.userId, sid, name: signIn.name ?? null, email: signIn.email ?? null };
  }
  const ok = await checkAuthSession({ sessionId: token.sid, userId: token.sub });
  return ok ? token : null;
}
