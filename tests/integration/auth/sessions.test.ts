import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authJwtCallback } from "@/lib/server/auth/auth-jwt-callback";
import { listAuthSessions } from "@/lib/server/auth/list-auth-sessions";
import { revokeAuthSession } from "@/lib/server/auth/revoke-auth-session";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { getRequestActor } from "@/lib/server/auth/get-actor";
import { issueKnownDeviceCookie } from "@/lib/server/auth/known-device-cookie";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { changePassword } from "@/lib/server/users/change-password";
import { errorOf, makeUser, randomIp } from "./helpers";

/** Signs in as Auth.js would: the jwt callback's sign-in branch opens the AuthSession. */
async function signIn(user: { id: string; email: string; name: string }) {
  const token = await authJwtCallback({ token: {}, signIn: { userId: user.id, email: user.email, name: user.name, userAgent: "vitest", ip: "127.0.0.1" } });
  expect(token?.sid).toBeTruthy();
  return token!;
}

/** A later request on that cookie: what the jwt callback returns (null ends the session). */
const nextRequest = (token: Awaited<ReturnType<typeof signIn>>) => authJwtCallback({ token });

const actorOf = (token: Awaited<ReturnType<typeof signIn>>) => ({ userId: token.sub!, via: "session" as const, sessionId: token.sid!, ip: randomIp() });

describe("session revocation", () => {
  it("keeps a live session and refuses a revoked, unknown or forged one", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const token = await signIn(user);
    expect(await nextRequest(token)).toMatchObject({ sub: user.id, sid: token.sid });
    // A token whose sid belongs to someone else's session does not pass.
    const otherToken = await signIn(other);
    expect(await nextRequest({ ...token, sid: otherToken.sid })).toBeNull();
    expect(await nextRequest({ sub: user.id })).toBeNull();
    expect(await nextRequest({ sub: user.id, sid: "garbage" })).toBeNull();

    await revokeAuthSession({ actor: actorOf(token), sessionId: token.sid! });
    expect(await nextRequest(token)).toBeNull();
  });

  it("sign out everywhere ends every session of the user, the current one included, and no one else's", async () => {
    const user = await makeUser();
    const bystander = await makeUser();
    const a = await signIn(user);
    const b = await signIn(user);
    const c = await signIn(bystander);
    expect((await listAuthSessions({ actor: actorOf(a) })).map((s) => s.current).sort()).toEqual([false, true]);

    expect(await signOutEverywhere({ actor: actorOf(a) })).toEqual({ sessionsEnded: 2, tokensRevoked: 0 });
    expect(await nextRequest(a)).toBeNull();
    expect(await nextRequest(b)).toBeNull();
    expect(await nextRequest(c)).not.toBeNull();
    expect(await listAuthSessions({ actor: actorOf(a) })).toEqual([]);
  });

  it("a password change ends the other sessions and keeps the current one", async () => {
    const user = await makeUser();
    const current = await signIn(user);
    const laptop = await signIn(user);
    const phone = await signIn(user);
    const newPassword = "a brand new passphrase";
    expect(await changePassword({ actor: actorOf(current), currentPassword: user.password, newPassword })).toEqual({ sessionsEnded: 2, tokensRevoked: 0 });
    expect(await nextRequest(current)).not.toBeNull();
    expect(await nextRequest(laptop)).toBeNull();
    expect(await nextRequest(phone)).toBeNull();
    await expect(verifyCredentials({ email: user.email, password: newPassword, ip: randomIp() })).resolves.toMatchObject({ id: user.id });
    expect(await errorOf(verifyCredentials({ email: user.email, password: user.password, ip: randomIp() }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("a password change needs the right current password and a policy-compliant new one, and changes nothing otherwise", async () => {
    const user = await makeUser();
    const current = await signIn(user);
    const other = await signIn(user);
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;

    const wrong = await errorOf(changePassword({ actor: actorOf(current), currentPassword: "not my password", newPassword: "another good passphrase" }));
    expect(wrong).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { currentPassword: ["Your current password is not correct."] } });
    const weak = await errorOf(changePassword({ actor: actorOf(current), currentPassword: user.password, newPassword: "short" }));
    expect(weak).toMatchObject({ code: "BAD_REQUEST", message: "Use at least 10 characters." });
    const missing = await errorOf(changePassword({ actor: actorOf(current), newPassword: "another good passphrase" }));
    expect(missing?.fieldErrors?.currentPassword).toEqual(["Enter your current password."]);
    const both = await errorOf(changePassword({ actor: actorOf(current), newPassword: "short" }));
    expect(both?.fieldErrors).toEqual({ currentPassword: ["Enter your current password."], newPassword: ["Use at least 10 characters."] });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    expect(await nextRequest(other)).not.toBeNull();
  });

  it("sign out everywhere and a password change revoke every personal access token of the user, and no one else's", async () => {
    const bearer = (secret: string) => getRequestActor(new Request("http://localhost/api/me", { headers: { authorization: `Bearer ${secret}` } }));
    const user = await makeUser();
    const bystander = await makeUser();
    const session = await signIn(user);
    const mint = async (who: typeof session, name: string) => (await createApiToken({ actor: actorOf(who), name, access: "READ_ONLY" })).secret;
    const ci = await mint(session, "CI");
    const script = await mint(session, "script");
    const theirs = await mint(await signIn(bystander), "theirs");

    expect(await signOutEverywhere({ actor: actorOf(session) })).toMatchObject({ tokensRevoked: 2 });
    for (const secret of [ci, script]) expect(await errorOf(bearer(secret))).toMatchObject({ code: "UNAUTHENTICATED", message: "This personal access token has been revoked." });
    await expect(bearer(theirs)).resolves.toMatchObject({ userId: bystander.id });
    expect(await db.auditEvent.findFirst({ where: { actorId: user.id, action: "user.signed_out_everywhere" }, select: { data: true } })).toEqual({
      data: { sessionsEnded: 1, tokensRevoked: 2 },
    });

    const again = await signIn(user);
    const later = await mint(again, "minted after");
    expect(await changePassword({ actor: actorOf(again), currentPassword: user.password, newPassword: "another new passphrase" })).toEqual({ sessionsEnded: 0, tokensRevoked: 1 });
    expect(await errorOf(bearer(later))).toMatchObject({ code: "UNAUTHENTICATED" });
    // The session that changed the password stays, as before.
    expect(await nextRequest(again)).not.toBeNull();
  });

  it("a stranger's guessing does not stop the owner changing the password from a known device", async () => {
    const user = await makeUser();
    const session = await signIn(user);
    const device = issueKnownDeviceCookie({ cookie: null, email: user.email, now: new Date() })!;
    for (let i = 0; i < 8; i++) await errorOf(verifyCredentials({ email: user.email, password: `stranger-${i}`, ip: randomIp() }));
    const input = { actor: actorOf(session), currentPassword: user.password, newPassword: "changed under attack" };
    expect(await errorOf(changePassword(input))).toMatchObject({ code: "RATE_LIMITED" });
    await expect(changePassword({ ...input, deviceCookie: device })).resolves.toMatchObject({ sessionsEnded: 0 });
  });

  it("touches lastSeenAt at most every few minutes", async () => {
    const user = await makeUser();
    const token = await signIn(user);
    const stale = new Date(Date.now() - 10 * 60_000);
    await db.authSession.update({ where: { id: token.sid! }, data: { lastSeenAt: stale } });
    await nextRequest(token);
    const touched = (await db.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(stale.getTime());
    await nextRequest(token);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt).toEqual(touched);
  });

  it("someone else's session cannot be revoked", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const mine = await signIn(user);
    const theirs = await signIn(other);
    expect(await errorOf(revokeAuthSession({ actor: actorOf(mine), sessionId: theirs.sid! }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await nextRequest(theirs)).not.toBeNull();
  });
});
