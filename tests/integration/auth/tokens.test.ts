import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getRequestActor } from "@/lib/server/auth/get-actor";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { DELETE as deleteTokenRoute } from "@/app/api/me/tokens/[id]/route";
import { GET as getMeRoute } from "@/app/api/me/route";
import { GET as listWorkspacesRoute, POST as createWorkspaceRoute } from "@/app/api/workspaces/route";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { importDocument } from "@/lib/server/documents/import-document";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";
import { errorOf, makeUser, signedInActor } from "./helpers";

function bearer(secret: string) {
  return new Request("http://localhost/api/me", { headers: { authorization: `Bearer ${secret}` } });
}

async function expectUnauthenticated(p: Promise<unknown>, message: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe("UNAUTHENTICATED");
  expect((err as AppError).message).toMatch(message);
}

describe("personal access tokens", () => {
  it("authenticates a bearer request as the token's owner and records its use", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    const { token, secret } = await createApiToken({ actor, name: "CI" });
    expect(secret).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));

    const reqActor = await getRequestActor(bearer(secret));
    expect(reqActor).toMatchObject({ userId: user.id, via: "token", tokenId: token.id });

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(secret.slice(4));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("refuses a revoked token", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    const { token, secret } = await createApiToken({ actor, name: "to revoke" });
    await revokeApiToken({ actor, tokenId: token.id });
    await expectUnauthenticated(getRequestActor(bearer(secret)), /revoked/);
    expect(await listApiTokens({ actor })).toEqual([]);
  });

  it("refuses an expired token", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    const { token, secret } = await createApiToken({ actor, name: "short-lived", expiresAt: new Date(Date.now() + 60_000) });
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectUnauthenticated(getRequestActor(bearer(secret)), /expired/);
  });

  it("refuses garbage, unknown tokens and malformed headers", async () => {
    await expectUnauthenticated(getRequestActor(bearer("not-a-token")), /fdk_/);
    await expectUnauthenticated(getRequestActor(bearer(`fdk_${"A".repeat(43)}`)), /not valid/);
    const basic = new Request("http://localhost/api/me", { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    await expectUnauthenticated(getRequestActor(basic), /Bearer/);
  });

  it("answers 404 when revoking someone else's token, and leaves it working", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const ownerActor = await signedInActor(owner.id);
    const { token, secret } = await createApiToken({ actor: ownerActor, name: "mine" });
    await expect(revokeApiToken({ actor: await signedInActor(other.id), tokenId: token.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiToken({ actor: ownerActor, tokenId: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getRequestActor(bearer(secret))).toMatchObject({ userId: owner.id });
  });

  it("lists only the actor's own tokens, without secrets or hashes", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const actorA = await signedInActor(a.id);
    await createApiToken({ actor: actorA, name: "A1" });
    await createApiToken({ actor: await signedInActor(b.id), name: "B1" });
    const list = await listApiTokens({ actor: actorA });
    expect(list.map((t) => t.name)).toEqual(["A1"]);
    expect(Object.keys(list[0]!)).not.toContain("tokenHash");
  });

  it("rejects bad input and token-minted tokens", async () => {
    const user = await makeUser();
    const actor = await signedInActor(user.id);
    expect(await errorOf(createApiToken({ actor, name: "  " }))).toMatchObject({ code: "BAD_REQUEST", message: "name: Give the token a name." });
    expect(await errorOf(createApiToken({ actor, name: "past", expiresAt: new Date(Date.now() - 1000) }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "expiresAt: The expiry date must be in the future.",
    });
    const { secret } = await createApiToken({ actor, name: "api" });
    const tokenActor = (await getRequestActor(bearer(secret)))!;
    await expect(createApiToken({ actor: tokenActor, name: "child" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  describe("read-only tokens", () => {
    const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
    const call = (method: string, secret: string, body?: unknown) =>
      new Request("http://localhost/api/x", {
        method,
        headers: { authorization: `Bearer ${secret}`, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });

    it("read with GET and are refused with 403 on every other method, before any route code runs", async () => {
      const user = await makeUser();
      const actor = await signedInActor(user.id);
      const { token, secret } = await createApiToken({ actor, name: "dashboard", access: "READ_ONLY" });
      expect(token.access).toBe("READ_ONLY");
      expect((await listApiTokens({ actor }))[0]).toMatchObject({ id: token.id, access: "READ_ONLY" });

      expect((await getMeRoute(call("GET", secret), noParams)).status).toBe(200);
      expect((await listWorkspacesRoute(call("GET", secret), noParams)).status).toBe(200);
      await expect(getRequestActor(call("HEAD", secret))).resolves.toMatchObject({ userId: user.id, tokenId: token.id });

      const create = await createWorkspaceRoute(call("POST", secret, { name: "Made by a read-only token" }), noParams);
      expect(create.status).toBe(403);
      expect((await create.json()).error).toEqual({
        code: "FORBIDDEN",
        message: "This personal access token is read-only: it can only make GET requests. Create a read-write token to make changes.",
      });
      expect(await db.workspace.count({ where: { name: "Made by a read-only token" } })).toBe(0);

      const revoke = await deleteTokenRoute(call("DELETE", secret), { params: Promise.resolve({ id: token.id }) });
      expect(revoke.status).toBe(403);
      expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
      for (const method of ["PUT", "PATCH", "OPTIONS", "post"]) {
        expect(await errorOf(getRequestActor(call(method, secret))), method).toMatchObject({ code: "FORBIDDEN" });
      }
    });

    it("cannot open the live editor, where the role alone would decide what they may write", async () => {
      const user = await makeUser();
      const actor = await signedInActor(user.id);
      const workspace = await createWorkspace({ actor, name: `Read-only collab ${user.id.slice(0, 8)}` });
      const { id: documentId } = await importDocument({ actor, workspaceSlug: workspace.slug, kind: "text", content: "A sentence to read." });
      const { secret } = await createApiToken({ actor, name: "reader", access: "READ_ONLY" });
      const tokenActor = (await getRequestActor(call("GET", secret)))!;
      expect(await errorOf(issueCollabToken({ actor: tokenActor, workspaceSlug: workspace.slug, documentId }))).toMatchObject({ code: "FORBIDDEN" });

      const writer = (await getRequestActor(call("GET", (await createApiToken({ actor, name: "writer" })).secret)))!;
      await expect(issueCollabToken({ actor: writer, workspaceSlug: workspace.slug, documentId })).resolves.toMatchObject({ readOnly: false });
    });

    it("are opt-in: tokens are read-write unless asked, and an unknown access level is refused", async () => {
      const user = await makeUser();
      const actor = await signedInActor(user.id);
      const { token, secret } = await createApiToken({ actor, name: "default" });
      expect(token.access).toBe("READ_WRITE");
      const create = await createWorkspaceRoute(call("POST", secret, { name: `Made by a token ${token.id}` }), noParams);
      expect(create.status).toBe(201);
      expect(await errorOf(createApiToken({ actor, name: "x", access: "ADMIN" as never }))).toMatchObject({ code: "BAD_REQUEST", message: "access: access must be READ_WRITE or READ_ONLY." });
    });
  });
});
