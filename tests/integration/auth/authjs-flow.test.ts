import { randomUUID } from "node:crypto";
import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authConfig } from "@/lib/server/auth/auth-config";
import { KNOWN_DEVICE_COOKIE } from "@/lib/server/auth/known-device-cookie";
import { linkOAuthAccount } from "@/lib/server/auth/link-oauth-account";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { makeUser, randomEmail, randomIp } from "./helpers";

// Next's request-scoped cookie jar, which authorize() writes the known-device cookie to. Outside
// Next it does not exist; this stand-in records what was set. Nothing else is replaced.
const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; options: Record<string, unknown> }[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push({ name, value, options }) }),
}));
beforeEach(() => {
  jar.set.length = 0;
});

/**
 * Drives the real Auth.js configuration the way next-auth's signIn()/auth() do (raw responses, no
 * CSRF round trip), so the wiring between authorize(), the jwt callback and our session rows is
 * tested without a browser or Next's request context.
 */
type TRaw = { cookies?: { name: string; value: string }[]; body?: unknown };

function config() {
  return { ...authConfig(), secret: process.env.AUTH_SECRET, basePath: "/api/auth", raw, skipCSRFCheck } as Parameters<typeof Auth>[1] & { raw: typeof raw };
}

async function credentialsSignIn(email: string, password: string, ip: string, cookie?: string) {
  const req = new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams({ email, password, callbackUrl: "/dashboard" }),
  });
  return (await Auth(req, config())) as unknown as TRaw;
}

async function session(cookie: string) {
  const res = (await Auth(new Request("http://localhost/api/auth/session", { headers: { cookie } }), config())) as unknown as TRaw;
  return res;
}

function sessionCookie(res: TRaw) {
  const c = res.cookies?.find((c) => c.name === "authjs.session-token");
  expect(c?.value).toBeTruthy();
  return `${c!.name}=${c!.value}`;
}

async function thrown(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: unknown) => e as { type?: string; code?: string; userMessage?: string; retryAfter?: number },
  );
}

describe("Auth.js credentials flow", () => {
  it("signs in, opens a session row, and ends the session once the row is revoked", async () => {
    const user = await makeUser();
    const res = await credentialsSignIn(user.email, user.password, randomIp());
    const cookie = sessionCookie(res);
    const rows = await db.authSession.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);

    const live = await session(cookie);
    expect(live.body).toMatchObject({ user: { id: user.id, email: user.email }, sessionId: rows[0]!.id });

    await signOutEverywhere({ actor: { userId: user.id, via: "session", sessionId: rows[0]!.id } });
    const ended = await session(cookie);
    expect(ended.body).toBeNull();
    // Auth.js clears the cookie when our jwt callback refuses the token.
    expect(ended.cookies?.find((c) => c.name === "authjs.session-token")?.value).toBe("");
  });

  it("surfaces a wrong password and the back-off as CredentialsSignin errors with codes", async () => {
    const user = await makeUser();
    const ip = randomIp();
    for (let i = 0; i < 5; i++) {
      const err = await thrown(credentialsSignIn(user.email, `wrong-${i}-password`, ip));
      expect(err).toMatchObject({ type: "CredentialsSignin", code: "invalid_credentials" });
    }
    const limited = await thrown(credentialsSignIn(user.email, user.password, ip));
    expect(limited).toMatchObject({ type: "CredentialsSignin", code: "rate_limited", userMessage: "Too many failed sign-in attempts. Try again in 15 seconds." });
    expect(limited?.retryAfter).toBeGreaterThan(10);
    expect(limited?.retryAfter).toBeLessThanOrEqual(15);
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
    expect(jar.set).toEqual([]);
  });

  it("marks the browser as a known device on sign-in, and that device passes the account back-off", async () => {
    const user = await makeUser();
    sessionCookie(await credentialsSignIn(user.email, user.password, randomIp()));
    expect(jar.set).toHaveLength(1);
    const [device] = jar.set;
    expect(device).toMatchObject({ name: KNOWN_DEVICE_COOKIE, options: { httpOnly: true, sameSite: "lax", secure: false, path: "/" } });
    expect(device!.options.maxAge).toBeGreaterThan(90 * 24 * 60 * 60);
    expect(device!.value).not.toContain(user.email);

    // A stranger elsewhere guesses until the account backs off for minutes…
    for (let i = 0; i < 12; i++) await thrown(credentialsSignIn(user.email, `stranger-${i}`, randomIp()));
    expect(await thrown(credentialsSignIn(user.email, user.password, randomIp()))).toMatchObject({ code: "rate_limited" });
    // …and the owner's browser, which sends the cookie back, signs in at once.
    const res = await credentialsSignIn(user.email, user.password, randomIp(), `other=1; ${KNOWN_DEVICE_COOKIE}=${device!.value}`);
    sessionCookie(res);
  });

  it("treats an empty form like wrong credentials, not a server error", async () => {
    const err = await thrown(credentialsSignIn("", "", randomIp()));
    expect(err).toMatchObject({ type: "CredentialsSignin", code: "invalid_credentials" });
  });

  it("refuses a forged or garbage cookie", async () => {
    const res = await session("authjs.session-token=not-a-jwt");
    expect(res.body).toBeNull();
  });

  it("refuses to link a verified Google sign-in into an unverified password account, with Auth.js's OAuthAccountNotLinked", async () => {
    const squatter = await makeUser(); // a password sign-up for someone else's address
    const jwt = authConfig().callbacks!.jwt!;
    const signIn = async (email: string) =>
      jwt({
        token: {},
        user: { id: randomUUID(), name: "Victim", email },
        account: { provider: "google", type: "oidc", providerAccountId: randomUUID() },
        profile: { email, email_verified: true },
        trigger: "signIn",
      } as Parameters<typeof jwt>[0]);
    const err = await thrown(signIn(squatter.email));
    // The type Auth.js puts in /signin?error=…, which the sign-in page words for the user.
    expect(err).toMatchObject({ type: "OAuthAccountNotLinked" });
    expect(await db.oAuthAccount.count({ where: { userId: squatter.id } })).toBe(0);
    expect(await db.authSession.count({ where: { userId: squatter.id } })).toBe(0);

    // A provider-proven account still takes a second provider.
    const email = randomEmail();
    const userId = await linkOAuthAccount({ provider: "github", providerAccountId: randomUUID(), email, emailVerified: true });
    await expect(signIn(email)).resolves.toMatchObject({ sub: userId });
  });
});
