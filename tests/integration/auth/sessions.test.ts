import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authJwtCallback } from "@/lib/server/auth/auth-jwt-callback";
import { listAuthSessions } from "@/lib/server/auth/list-auth-sessions";
import { revokeAuthSession } from "@/lib/server/auth/revoke-auth-session";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
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

    expect(await signOutEverywhere({ actor: actorOf(a) })).toEqual({ sessionsEnded: 2 });
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
    expect(await changePassword({ actor: actorOf(current), currentPassword: user.password, newPassword })).toEqual({ sessionsEnded: 2 });
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
