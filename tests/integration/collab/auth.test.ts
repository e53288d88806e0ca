import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCollabContext } from "@/lib/collab/context";
import { db } from "@/lib/db";
import { encodeCollabToken } from "@/lib/server/collab/collab-token-codec";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { signOutEverywhere } from "@/lib/server/auth/sign-out-everywhere";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { codeOf } from "../workspaces/fixtures";
import { GET as collabTokenRoute } from "@/app/api/w/[slug]/documents/[id]/collab-token/route";
import { connectClient, waitFor, within, type TCollabClient } from "./collab-client";
import { actorOf, collabWorld, createDocument, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];
const client = (documentName: string, token: string | (() => Promise<string>)) => {
  const c = connectClient({ url: server.url, documentName, token });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startCollab({ accessRecheckMs: 200, writeRecheckMs: 100 });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** The server side of a document's open connections. */
const connectionsOn = (documentName: string) =>
  (server.collab.hocuspocus.documents.get(documentName)?.getConnections() ?? []) as Array<{ readOnly: boolean; context: TCollabContext }>;

describe("collab token issuing", () => {
  it("gives members a token bound to user and document, read-only for viewers", async () => {
    const w = await collabWorld();
    const grant = await issueCollabToken({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: w.document.id });
    expect(grant.documentName).toBe(`doc:${w.document.id}`);
    expect(grant.readOnly).toBe(false);
    expect(grant.url).toBe("/ws/collab");
    expect(grant.user).toMatchObject({ id: w.editor.id, name: w.editor.name });
    expect(grant.user.color).toMatch(/^#[0-9a-f]{6}$/);
    const ttl = (Date.parse(grant.expiresAt) - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(240);
    expect(ttl).toBeLessThanOrEqual(300);
    const viewerGrant = await issueCollabToken({ actor: actorOf(w.viewer), workspaceSlug: w.slug, documentId: w.document.id });
    expect(viewerGrant.readOnly).toBe(true);
  });

  it("refuses non-members, other workspaces' members, other workspaces' documents, deleted and malformed ids with 404", async () => {
    const w = await collabWorld();
    const issue = (u: { id: string }, documentId: string, slug = w.slug) => codeOf(issueCollabToken({ actor: actorOf(u), workspaceSlug: slug, documentId }));
    expect(await issue(w.outsider, w.document.id)).toBe("NOT_FOUND");
    expect(await issue(w.otherMember, w.document.id)).toBe("NOT_FOUND");
    expect(await issue(w.owner, w.otherDocument.id)).toBe("NOT_FOUND");
    expect(await issue(w.otherMember, w.document.id, w.other.slug)).toBe("NOT_FOUND");
    expect(await issue(w.owner, "not-a-uuid")).toBe("NOT_FOUND");
    await db.document.update({ where: { id: w.document.id }, data: { deletedAt: new Date() } });
    expect(await issue(w.owner, w.document.id)).toBe("NOT_FOUND");
  });

  it("GET /api/w/{slug}/documents/{id}/collab-token answers a member and 404s others", async () => {
    const w = await collabWorld();
    const call = async (u: { id: string }) => {
      const { secret } = await createApiToken({ actor: actorOf(u), name: "collab test" });
      return collabTokenRoute(
        new Request(`http://localhost/api/w/${w.slug}/documents/${w.document.id}/collab-token`, { headers: { authorization: `Bearer ${secret}` } }),
        { params: Promise.resolve({ slug: w.slug, id: w.document.id }) },
      );
    };
    const ok = await call(w.editor);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const body = (await ok.json()) as { token: string; documentName: string };
    expect(body.documentName).toBe(w.documentName);
    expect(body.token).toMatch(/^v1\./);
    expect((await call(w.outsider)).status).toBe(404);
    const anonymous = await collabTokenRoute(new Request("http://localhost/x", { headers: { authorization: "Bearer nope" } }), {
      params: Promise.resolve({ slug: w.slug, id: w.document.id }),
    });
    expect(anonymous.status).toBe(401);
  });
});

describe("collab server authentication", () => {
  it("refuses a connection without a token", async () => {
    const w = await collabWorld();
    expect(await within(client(w.documentName, "").refused, 5000, "refusal")).toBe("invalid-token");
  });

  it("refuses a garbage token and a token with a forged signature", async () => {
    const w = await collabWorld();
    expect(await within(client(w.documentName, "garbage").refused, 5000, "refusal")).toBe("invalid-token");
    const real = await w.token(w.owner);
    const [v, body] = real.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), sub: w.outsider.id })).toString("base64url");
    expect(await within(client(w.documentName, `${v}.${forgedBody}.${real.split(".")[2]}`).refused, 5000, "refusal")).toBe("invalid-token");
  });

  it("refuses an expired token", async () => {
    const w = await collabWorld();
    const token = encodeCollabToken({ sub: w.owner.id, doc: w.document.id, ws: w.ws.id, iat: nowSeconds() - 600, exp: nowSeconds() - 1 });
    expect(await within(client(w.documentName, token).refused, 5000, "refusal")).toBe("token-expired");
  });

  it("refuses a token issued for another document", async () => {
    const w = await collabWorld();
    const second = await createDocument(w.ws.id, "Second");
    const token = await w.token(w.owner, second.id);
    expect(await within(client(w.documentName, token).refused, 5000, "refusal")).toBe("token-for-another-document");
  });

  it("refuses a validly signed token for a non-member and for a member of another workspace", async () => {
    const w = await collabWorld();
    const forge = (sub: string, ws: string) => encodeCollabToken({ sub, doc: w.document.id, ws, iat: nowSeconds(), exp: nowSeconds() + 60 });
    expect(await within(client(w.documentName, forge(w.outsider.id, w.ws.id)).refused, 5000, "refusal")).toBe("not-a-member");
    expect(await within(client(w.documentName, forge(w.otherMember.id, w.ws.id)).refused, 5000, "refusal")).toBe("not-a-member");
    // Claiming the document lives in the other workspace does not help either.
    expect(await within(client(w.documentName, forge(w.otherMember.id, w.other.id)).refused, 5000, "refusal")).toBe("document-not-found");
  });

  it("refuses a token once its document is deleted", async () => {
    const w = await collabWorld();
    const token = await w.token(w.owner);
    await db.document.update({ where: { id: w.document.id }, data: { deletedAt: new Date() } });
    expect(await within(client(w.documentName, token).refused, 5000, "refusal")).toBe("document-not-found");
  });

  it("opens editors read-write and viewers read-only; a viewer's edits are neither applied nor stored", async () => {
    const w = await collabWorld("Viewer test");
    const editor = client(w.documentName, await w.token(w.editor));
    const viewer = client(w.documentName, await w.token(w.viewer));
    expect(await within(editor.authenticated, 5000, "editor auth")).toEqual({ readOnly: false });
    expect(await within(viewer.authenticated, 5000, "viewer auth")).toEqual({ readOnly: true });
    await editor.acked();
    await waitFor(() => viewer.text() === "Viewer test");

    viewer.type(" VIEWER-EDIT");
    // The server's answer to the viewer's update: not applied (so nothing to broadcast or store).
    await waitFor(() => viewer.refusedUpdates() > 0, { message: "the server never answered the viewer's update" });
    editor.type(" editor-edit");
    await editor.acked();
    await waitFor(() => viewer.text().includes("editor-edit"));
    expect(editor.text()).not.toContain("VIEWER-EDIT");
    expect(viewer.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
    const stored = await waitFor(async () => {
      const d = await storedDocument(w.document.id);
      return d.text.includes("editor-edit") ? d : null;
    });
    expect(stored!.text).not.toContain("VIEWER-EDIT");
  });

  it("disconnects a member removed while connected and stops accepting their edits", async () => {
    const w = await collabWorld("Removal test");
    const owner = client(w.documentName, await w.token(w.owner));
    const editor = client(w.documentName, await w.token(w.editor));
    await within(editor.authenticated, 5000, "auth");
    await editor.acked();
    await owner.acked();

    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: w.ws.id, userId: w.editor.id } } });
    expect(await within(editor.closed, 3000, "server closing the removed member")).toBe("access-revoked");

    // The server holds no connection of the editor's on this document any more: an update from
    // them would need a new authentication first, which the last step shows is refused.
    await waitFor(() => !connectionsOn(w.documentName).some((c) => c.context.access.userId === w.editor.id), { message: "the server kept the removed member's connection" });
    editor.type(" AFTER-REMOVAL");
    owner.type(" after the removal");
    await owner.acked();
    expect(owner.text()).not.toContain("AFTER-REMOVAL");
    const stored = await waitFor(async () => {
      const d = await storedDocument(w.document.id);
      return d.text.includes("after the removal") ? d : null;
    });
    expect(stored.text).not.toContain("AFTER-REMOVAL");
    // And a reconnect with the old, still unexpired token is refused.
    const again = client(w.documentName, await (async () => encodeCollabToken({ sub: w.editor.id, doc: w.document.id, ws: w.ws.id, iat: nowSeconds(), exp: nowSeconds() + 60 }))());
    expect(await within(again.refused, 5000, "refusal")).toBe("not-a-member");
  });

  it("turns a demoted editor read-only without disconnecting, and closes everyone when the document is deleted", async () => {
    const w = await collabWorld("Demotion test");
    const owner = client(w.documentName, await w.token(w.owner));
    const editor = client(w.documentName, await w.token(w.editor));
    await editor.acked();
    await owner.acked();
    await db.membership.update({ where: { workspaceId_userId: { workspaceId: w.ws.id, userId: w.editor.id } }, data: { role: "VIEWER" } });
    // The sweep has seen the new role: the editor's connection is read-only on the server.
    await waitFor(() => connectionsOn(w.documentName).some((c) => c.context.access.userId === w.editor.id && c.readOnly), { message: "connection not made read-only" });
    editor.type(" DEMOTED-EDIT");
    await waitFor(() => editor.refusedUpdates() > 0, { message: "the demoted editor's update was not answered as refused" });
    owner.type(" owner-edit");
    await owner.acked();
    await waitFor(() => editor.text().includes("owner-edit"));
    expect(owner.text()).not.toContain("DEMOTED-EDIT");
    expect(await pendingUpdateCount(w.document.id).then(async () => (await storedDocument(w.document.id)).text)).not.toContain("DEMOTED-EDIT");

    await db.document.update({ where: { id: w.document.id }, data: { deletedAt: new Date() } });
    expect(await within(owner.closed, 3000, "close on delete")).toBe("document-deleted");
    expect(await within(editor.closed, 3000, "close on delete")).toBe("document-deleted");
  });
});

describe("collab token refresh", () => {
  it("fetches a fresh token on every (re)connect when the token is a function", async () => {
    const w = await collabWorld("Refresh");
    let calls = 0;
    const c = client(w.documentName, async () => {
      calls += 1;
      return w.token(w.editor);
    });
    await within(c.authenticated, 5000, "auth");
    expect(calls).toBe(1);
    const socket = c.provider.configuration.websocketProvider;
    socket.disconnect();
    await waitFor(() => socket.status === "disconnected" && !c.provider.isAuthenticated);
    void socket.connect();
    await waitFor(() => calls === 2 && c.provider.isAuthenticated, { message: "no second token on reconnect" });
  });
});

describe("collab presence", () => {
  it("stamps each connection's awareness with the server's name and colour for that user, whatever the client claims", async () => {
    const w = await collabWorld("Presence");
    const alice = client(w.documentName, await w.token(w.editor));
    const bob = client(w.documentName, await w.token(w.owner));
    await alice.acked();
    await bob.acked();
    alice.provider.setAwarenessField("user", { id: w.owner.id, name: "Someone Else", color: "#000000" });
    const seen = await waitFor(() =>
      [...bob.provider.awareness!.getStates().values()].find((s) => (s as { user?: { id?: string } }).user?.id === w.editor.id),
    );
    const expected = await issueCollabToken({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: w.document.id });
    expect((seen as { user: unknown }).user).toEqual(expected.user);
  });
});

describe("collab sessions follow sign-ins", () => {
  it("closes a connection when its sign-in session is ended, and refuses the session's tokens after", async () => {
    const w = await collabWorld("Sign-out");
    const session = await db.authSession.create({ data: { userId: w.editor.id } });
    const actor = { userId: w.editor.id, via: "session" as const, sessionId: session.id };
    const issue = async () => (await issueCollabToken({ actor, workspaceSlug: w.slug, documentId: w.document.id })).token;
    const token = await issue();
    const c = client(w.documentName, token);
    await c.acked();

    await signOutEverywhere({ actor });
    expect(await within(c.closed, 3000, "close on sign-out")).toBe("session-ended");
    expect(await within(client(w.documentName, token).refused, 5000, "refusal")).toBe("session-ended");
  });

  it("does the same for a revoked personal access token", async () => {
    const w = await collabWorld("Token revoked");
    const {
      token: { id },
    } = await createApiToken({ actor: actorOf(w.editor), name: "collab" });
    const actor = { userId: w.editor.id, via: "token" as const, tokenId: id };
    const token = (await issueCollabToken({ actor, workspaceSlug: w.slug, documentId: w.document.id })).token;
    const c = client(w.documentName, token);
    await c.acked();
    await revokeApiToken({ actor: actorOf(w.editor), tokenId: id });
    expect(await within(c.closed, 3000, "close on token revocation")).toBe("session-ended");
  });
});
