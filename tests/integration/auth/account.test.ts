import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { linkOAuthAccount } from "@/lib/server/auth/link-oauth-account";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { changePassword } from "@/lib/server/users/change-password";
import { getAccount } from "@/lib/server/users/get-account";
import { getMe } from "@/lib/server/users/get-me";
import { updateProfile } from "@/lib/server/users/update-profile";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { errorOf, makeUser, randomEmail, randomIp, signedInActor } from "./helpers";

describe("account", () => {
  it("getMe returns the actor's own id, email and name only", async () => {
    const user = await makeUser();
    expect(await getMe({ actor: await signedInActor(user.id) })).toEqual({ id: user.id, email: user.email, name: user.name });
    expect(await errorOf(getMe({ actor: { userId: randomUUID(), via: "session" } }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("updates the name (trimmed), audits it, and refuses an empty one", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    expect(await updateProfile({ actor, name: "  Grace Hopper " })).toMatchObject({ name: "Grace Hopper" });
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "user.profile_updated" } })).toBe(1);
    expect(await errorOf(updateProfile({ actor, name: "   " }))).toMatchObject({ code: "BAD_REQUEST", message: "name: Enter your name." });
    expect((await getMe({ actor })).name).toBe("Grace Hopper");
  });

  it("lets an OAuth-only account set a first password without a current one", async () => {
    const email = randomEmail();
    const userId = await linkOAuthAccount({ provider: "github", providerAccountId: randomUUID(), email, emailVerified: true, name: "Octo" });
    const actor = await signedInActor(userId);
    expect(await getAccount({ actor })).toMatchObject({ hasPassword: false, oauthProviders: ["github"] });
    await changePassword({ actor, newPassword: "my first real passphrase" });
    expect(await getAccount({ actor })).toMatchObject({ hasPassword: true });
    await expect(verifyCredentials({ email, password: "my first real passphrase", ip: randomIp() })).resolves.toMatchObject({ id: userId });
  });

  it("marks expired tokens in the list", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    const { token } = await createApiToken({ actor, name: "old", expiresAt: new Date(Date.now() + 60_000) });
    await createApiToken({ actor, name: "fresh" });
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const list = await listApiTokens({ actor });
    expect(Object.fromEntries(list.map((t) => [t.name, t.expired]))).toEqual({ old: true, fresh: false });
  });
});
