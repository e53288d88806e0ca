import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { createClaim } from "@/lib/server/claims/create-claim";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { connectClient, fragmentText, waitFor, within, type TCollabClient } from "./collab-client";
import { markedTexts, plainText } from "./claim-writes";
import { actorOf, collabWorld, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  // The periodic sweep is slow on purpose: what is proven here must come from the lock's NOTIFY.
  server = await startCollab({ accessRecheckMs: 60_000, writeRecheckMs: 60_000 });
  await waitFor(() => server.collab.stats().listening, { message: "LISTEN connection not up" });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

async function connect(w: Awaited<ReturnType<typeof collabWorld>>, user: { id: string }) {
  const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(user) });
  clients.push(c);
  const stateless: string[] = [];
  c.provider.on("stateless", ({ payload }: { payload: string }) => stateless.push(payload));
  await c.acked();
  return { ...c, stateless };
}

const serverText = (server: { collab: { hocuspocus: { documents: Map<string, unknown> } } }, name: string) =>
  fragmentText((server.collab.hocuspocus.documents.get(name) as import("yjs").Doc).getXmlFragment(YDOC_FIELD));

const LOCKED = JSON.stringify({ type: "text-lock-changed", locked: true });
const UNLOCKED = JSON.stringify({ type: "text-lock-changed", locked: false });

describe("a text lock on the collab server", () => {
  it("turns connected editors read-only live: their text edits are refused, never stored or broadcast; claim marks still arrive", async () => {
    const w = await collabWorld("The unemployment rate fell in July.");
    const actor = actorOf(w.editor);
    const a = await connect(w, w.editor);
    const b = await connect(w, w.owner);
    a.type(" Before the lock.");
    await a.acked();
    await waitFor(() => b.text().includes("Before the lock."));
    // Folded into the document by the debounced store, so any write-ahead row later is the locked edit's.
    await waitFor(async () => (await pendingUpdateCount(w.document.id)) === 0, { message: "edit before the lock not stored" });

    await lockDocumentText({ actor, workspaceSlug: w.slug, documentId: w.document.id });
    await waitFor(() => a.stateless.includes(LOCKED) && b.stateless.includes(LOCKED), { message: "lock message not received" });

    // What a client sends now is refused: never acknowledged, not applied, not broadcast, not stored.
    const refusedBefore = a.refusedUpdates();
    a.type(" TYPED-WHILE-LOCKED");
    await waitFor(() => a.refusedUpdates() > refusedBefore, { message: "the server did not answer the locked edit" });
    expect(a.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(serverText(server, w.documentName)).not.toContain("TYPED-WHILE-LOCKED");
    expect(b.text()).not.toContain("TYPED-WHILE-LOCKED");
    expect(await pendingUpdateCount(w.document.id)).toBe(0);

    // A claim still goes on, through the claims API, and reaches both clients as a mark.
    const claim = await createClaim({ actor, workspaceSlug: w.slug, documentId: w.document.id, start: 4, end: 34, exact: "unemployment rate fell in July" });
    for (const c of [a, b]) {
      await waitFor(() => markedTexts(c.doc).get(claim.id)?.[0] === "unemployment rate fell in July", { message: "claim mark not received while locked" });
    }
    const stored = await storedDocument(w.document.id);
    expect(stored.text).toBe("The unemployment rate fell in July. Before the lock.");
    expect(plainText(b.doc)).toBe("The unemployment rate fell in July. Before the lock.");

    // A new connection while locked is read-only from the start, and its token says so.
    const grant = await issueCollabToken({ actor, workspaceSlug: w.slug, documentId: w.document.id });
    expect(grant).toMatchObject({ readOnly: true, textLocked: true });
    const late = connectClient({ url: server.url, documentName: w.documentName, token: grant.token });
    clients.push(late);
    expect(await within(late.authenticated, 5000, "late auth")).toEqual({ readOnly: true });
  });

  it("reaches connections on every collab instance that has the document open", async () => {
    const second = await startCollab({ accessRecheckMs: 60_000, writeRecheckMs: 60_000 });
    try {
      await waitFor(() => second.collab.stats().listening, { message: "second instance not listening" });
      const w = await collabWorld("Two instances, one lock.");
      const here = await connect(w, w.editor);
      const there = connectClient({ url: second.url, documentName: w.documentName, token: await w.token(w.owner) });
      clients.push(there);
      const thereMessages: string[] = [];
      there.provider.on("stateless", ({ payload }: { payload: string }) => thereMessages.push(payload));
      await there.acked();
      await lockDocumentText({ workspaceSlug: w.slug, documentId: w.document.id, actor: actorOf(w.editor) });
      await waitFor(() => here.stateless.includes(LOCKED) && thereMessages.includes(LOCKED), { message: "an instance did not hear of the lock" });
      const refusedBefore = there.refusedUpdates();
      there.type(" FROM-THE-OTHER-INSTANCE");
      await waitFor(() => there.refusedUpdates() > refusedBefore, { message: "the second instance did not answer the locked edit" });
      expect(serverText(second, w.documentName)).not.toContain("FROM-THE-OTHER-INSTANCE");
      expect(here.text()).not.toContain("FROM-THE-OTHER-INSTANCE");
      expect(await pendingUpdateCount(w.document.id)).toBe(0);
    } finally {
      await second.close();
    }
  });

  it("an unlock lets connected editors type again (and viewers stay read-only)", async () => {
    const w = await collabWorld("Import clean-up is done.");
    const actor = actorOf(w.owner);
    await lockDocumentText({ actor, workspaceSlug: w.slug, documentId: w.document.id });
    const editor = await connect(w, w.editor);
    const viewer = await connect(w, w.viewer);
    expect(await editor.authenticated).toEqual({ readOnly: true });

    await unlockDocumentText({ actor, workspaceSlug: w.slug, documentId: w.document.id });
    await waitFor(() => editor.stateless.includes(UNLOCKED), { message: "unlock message not received" });
    editor.type(" Typed after unlock.");
    await editor.acked();
    await waitFor(() => viewer.text().includes("Typed after unlock."));
    const refusedBefore = viewer.refusedUpdates();
    viewer.type(" VIEWER-EDIT");
    await waitFor(() => viewer.refusedUpdates() > refusedBefore, { message: "the viewer's edit was not answered" });
    expect(serverText(server, w.documentName)).not.toContain("VIEWER-EDIT");
    await waitFor(async () => (await storedDocument(w.document.id)).text === "Import clean-up is done. Typed after unlock.", { message: "edit not stored" });
  });
});
