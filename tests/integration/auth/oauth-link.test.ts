import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { linkOAuthAccount } from "@/lib/server/auth/link-oauth-account";
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

  it("links a verified email to the existing account with that email", async () => {
    const existing = await makeUser();
    const userId = await linkOAuthAccount({ provider: "google", providerAccountId: randomUUID(), email: existing.email.toUpperCase(), emailVerified: true });
    expect(userId).toBe(existing.id);
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
