import "server-only";
import Credentials from "@auth/core/providers/credentials";
import GitHub from "@auth/core/providers/github";
import Google from "@auth/core/providers/google";
import { AccessDenied, OAuthAccountNotLinked } from "@auth/core/errors";
import { cookies, headers } from "next/headers";
import type { NextAuthConfig } from "next-auth";
import { githubEnabled, googleEnabled } from "@/lib/env";
import { toAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { authJwtCallback } from "@/lib/server/auth/auth-jwt-callback";
import { InvalidCredentialsError, RateLimitedSignInError } from "@/lib/server/auth/credentials-signin-errors";
import { githubVerifiedEmail } from "@/lib/server/auth/github-verified-email";
import { cookieFromHeader, issueKnownDeviceCookie, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_S } from "@/lib/server/auth/known-device-cookie";
import { linkOAuthAccount } from "@/lib/server/auth/link-oauth-account";
import { revokeAuthSession } from "@/lib/server/auth/revoke-auth-session";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { requestIp } from "@/lib/server/http/route";

async function requestInfo() {
  try {
    const h = await headers();
    return { ip: requestIp(h), userAgent: h.get("user-agent") };
  } catch {
    return { ip: null, userAgent: null };
  }
}

// The signIn and jwt callbacks see the same `account` object: ask GitHub once per sign-in.
const verifiedEmails = new WeakMap<object, Promise<string | null>>();

/** Which verified email an OAuth sign-in proves, or null (then the sign-in is refused). */
function verifiedOAuthEmail(account: { provider: string; access_token?: string }, profile: Record<string, unknown> | undefined) {
  const cached = verifiedEmails.get(account);
  if (cached) return cached;
  const email = typeof profile?.email === "string" ? profile.email : null;
  const result =
    account.provider === "google" ? Promise.resolve(profile?.email_verified === true ? email : null)
    : account.provider === "github" && account.access_token ? githubVerifiedEmail({ accessToken: account.access_token, profileEmail: email })
    : Promise.resolve(null);
  verifiedEmails.set(account, result);
  return result;
}

/** Marks this browser as a known device of the account it just signed in to (see known-device-cookie.ts). */
async function rememberDevice(request: Request, email: string) {
  const value = issueKnownDeviceCookie({ cookie: cookieFromHeader(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE), email, now: new Date() });
  if (!value) return;
  try {
    (await cookies()).set(KNOWN_DEVICE_COOKIE, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: new URL(request.url).protocol === "https:",
      path: "/",
      maxAge: KNOWN_DEVICE_MAX_AGE_S,
    });
  } catch {
    // Outside a Next request (tests driving @auth/core directly) there is no cookie jar to write to.
  }
}

/** Built on first use, not at import: `next build` loads this module without the runtime env. */
function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await verifyCredentials({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: requestIp(request.headers),
            deviceCookie: cookieFromHeader(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE),
          });
          await rememberDevice(request, user.email);
          return user;
        } catch (e) {
          const err = toAppError(e);
          if (err.code === "RATE_LIMITED") throw new RateLimitedSignInError(err.message, err.retryAfter ?? 60);
          // Malformed input (e.g. an empty form posted straight to /api/auth) reads as wrong credentials.
          if (err.code === "UNAUTHENTICATED" || err.code === "BAD_REQUEST") throw new InvalidCredentialsError();
          throw e;
        }
      },
    }),
  ];
  if (githubEnabled()) list.push(GitHub({ allowDangerousEmailAccountLinking: false }));
  if (googleEnabled()) list.push(Google);
  return list;
}

const baseConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    error: (error) => {
      // Wrong passwords and rate limits are logged by verifyCredentials in structured form.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      log.error("auth.js error", { err: error });
    },
    warn: (code) => log.warn("auth.js warning", { code }),
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (!account || account.provider === "credentials") return true;
      const email = await verifiedOAuthEmail(account, profile as Record<string, unknown>);
      if (!email) {
        log.warn("oauth sign-in refused: no verified email", { provider: account.provider });
        return false;
      }
      return true;
    },
    async jwt({ token, user, account, profile }) {
      if (!account || !user) return authJwtCallback({ token });
      let userId = user.id!;
      if (account.provider !== "credentials") {
        const email = await verifiedOAuthEmail(account, profile as Record<string, unknown>);
        try {
          userId = await linkOAuthAccount({
            provider: account.provider as "github" | "google",
            providerAccountId: account.providerAccountId,
            email: email ?? "",
            emailVerified: Boolean(email),
            name: user.name,
          });
        } catch (e) {
          // Auth.js passes only its own client-safe error types to /signin?error=…; anything else
          // would read as "Configuration". The sign-in page words each of these for the user.
          const err = toAppError(e);
          if (err.code === "CONFLICT") throw new OAuthAccountNotLinked(err.message);
          if (err.code === "FORBIDDEN") throw new AccessDenied(err.message);
          throw e;
        }
      }
      return authJwtCallback({ token, signIn: { userId, name: user.name, email: user.email, ...(await requestInfo()) } });
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.sessionId = token.sid!;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sid || !token.sub) return;
      await revokeAuthSession({ actor: { userId: token.sub, via: "session", sessionId: token.sid }, sessionId: token.sid }).catch(() => {
        // Already revoked (e.g. "sign out everywhere" just ran): nothing left to end.
      });
    },
  },
} satisfies Omit<NextAuthConfig, "providers">;

let config: NextAuthConfig | undefined;

/**
 * The Auth.js config, built on first use. Lives apart from lib/auth.ts (which hands it to
 * NextAuth) so tests can drive it through @auth/core without loading next-auth's Next glue.
 */
export function authConfig(): NextAuthConfig {
  return (config ??= { ...baseConfig, providers: providers() });
}
