import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { linkOAuthAccount, UNVERIFIED_ACCOUNT_MESSAGE } from "@/lib/server/auth/link-oauth-account";
import { errorOf, makeUser, randomEmail } from "./helpers";

describe("OAuth account linking", () => {
  it("creates a password-less user for a new verified identity and finds it again next time", async () => {
    const email = randomEmail();
    const providerAccountId = randomUUID();
    const userId = await linkOAuthAccount({ provider: "github", providerAccountId, email, emailVerified: true, name: "Octo Cat" });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email, name: "Octo Cat", passwordHash: null });
    expect(await linkOAuthAccount({ provider: "github", providerAccountId, email: randomEmail(), emailVerified: false })).toBe(userId);
    expect(await db.oAuthAccount.count({ where: { userId } })).toBe(1);
  });

  it("links a verified email to an existing account whose email was proven (an earlier OAuth sign-in)", async () => {
    const email = randomEmail();
    const existing = await linkOAuthAccount({ provider: "github", providerAccountId: randomUUID(), email, emailVerified: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing } })).emailVerifiedAt).toBeInstanceOf(Date);
    const userId = await linkOAuthAccount({ provider: "google", providerAccountId: randomUUID(), email: email.toUpperCase(), emailVerified: true });
    expect(userId).toBe(existing);
    expect(await db.oAuthAccount.count({ where: { userId } })).toBe(2);
  });

  it("refuses to link into a password sign-up whose email was never proven (pre-hijacking), and writes nothing", async () => {
    // The attacker signs up first with the victim's address and a password of their choosing…
    const squatter = await makeUser();
    expect((await db.user.findUniqueOrThrow({ where: { id: squatter.id } })).emailVerifiedAt).toBeNull();
    // …then the victim signs in with Google, which proves the address is theirs.
    const err = await errorOf(linkOAuthAccount({ provider: "google", providerAccountId: randomUUID(), email: squatter.email, emailVerified: true, name: "Victim" }));
    expect(err).toMatchObject({ code: "CONFLICT", message: UNVERIFIED_ACCOUNT_MESSAGE });
    expect(await db.oAuthAccount.count({ where: { userId: squatter.id } })).toBe(0);
    expect(await db.user.count({ where: { email: squatter.email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: squatter.id, action: "user.oauth_linked" } })).toBe(0);
  });

  it("refuses an unverified email and writes nothing", async () => {
    const existing = await makeUser();
    const err = await errorOf(linkOAuthAccount({ provider: "github", providerAccountId: randomUUID(), email: existing.email, emailVerified: false }));
    expect(err).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.oAuthAccount.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("settles two simultaneous first sign-ins of one identity on one user", async () => {
    const email = randomEmail();
    const providerAccountId = randomUUID();
    const ids = await Promise.all([1, 2].map(() => linkOAuthAccount({ provider: "google", providerAccountId, email, emailVerified: true, name: "Twin" })));
    expect(ids[0]).toBe(ids[1]);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});
