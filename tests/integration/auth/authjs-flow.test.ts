import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authConfig } from "@/lib/server/auth/auth-config";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { makeUser, randomIp } from "./helpers";

/**
 * Drives the real Auth.js configuration the way next-auth's signIn()/auth() do (raw responses, no
 * CSRF round trip), so the wiring between authorize(), the jwt callback and our session rows is
 * tested without a browser or Next's request context.
 */
type TRaw = { cookies?: { name: string; value: string }[]; body?: unknown };

function config() {
  return { ...authConfig(), secret: process.env.AUTH_SECRET, basePath: "/api/auth", raw, skipCSRFCheck } as Parameters<typeof Auth>[1] & { raw: typeof raw };
}

async function credentialsSignIn(email: string, password: string, ip: string) {
  const req = new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
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

  it("surfaces a wrong password and the rate limit as CredentialsSignin errors with codes", async () => {
    const user = await makeUser();
    const ip = randomIp();
    for (let i = 0; i < 10; i++) {
      const err = await thrown(credentialsSignIn(user.email, `wrong-${i}-password`, ip));
      expect(err).toMatchObject({ type: "CredentialsSignin", code: "invalid_credentials" });
    }
    const limited = await thrown(credentialsSignIn(user.email, user.password, ip));
    expect(limited).toMatchObject({ type: "CredentialsSignin", code: "rate_limited", userMessage: "Too many failed sign-in attempts. Try again in 15 minutes." });
    expect(limited?.retryAfter).toBeGreaterThan(14 * 60);
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("treats an empty form like wrong credentials, not a server error", async () => {
    const err = await thrown(credentialsSignIn("", "", randomIp()));
    expect(err).toMatchObject({ type: "CredentialsSignin", code: "invalid_credentials" });
  });

  it("refuses a forged or garbage cookie", async () => {
    const res = await session("authjs.session-token=not-a-jwt");
    expect(res.body).toBeNull();
  });
});
