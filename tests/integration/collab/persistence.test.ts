import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { appendDocumentUpdates } from "@/lib/server/collab/append-document-updates";
import { loadDocumentState } from "@/lib/server/collab/load-document-state";
import { storeDocumentState } from "@/lib/server/collab/store-document-state";
import { connectClient, fragmentText, waitFor, type TCollabClient } from "./collab-client";
import { collabWorld, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  // A long debounce so the tests can look between the ack and the store.
  server = await startCollab({ debounceMs: 1_500, maxDebounceMs: 3_000 });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

const textOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return fragmentText(doc.getXmlFragment(YDOC_FIELD));
};

describe("collab persistence", () => {
  it("logs an update before acknowledging it, then stores ydoc, JSON, text and version together and compacts the log", async () => {
    const w = await collabWorld("Persist");
    const before = await storedDocument(w.document.id);
    const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor) });
    clients.push(c);
    await c.acked();
    c.type(" me");
    await c.acked();
    // Acked but not yet stored: the edit is already durable in the write-ahead log.
    expect(await pendingUpdateCount(w.document.id)).toBeGreaterThan(0);
    expect((await storedDocument(w.document.id)).text).toBe("Persist");

    const stored = await waitFor(async () => {
      const d = await storedDocument(w.document.id);
      return d.text === "Persist me" ? d : null;
    });
    expect(stored.version).toBe(before.version + 1);
    expect(stored.content).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Persist me" }] }] });
    expect(textOf(stored.ydoc!)).toBe("Persist me");
    expect(await pendingUpdateCount(w.document.id)).toBe(0);
    const row = await db.document.findUniqueOrThrow({ where: { id: w.document.id } });
    expect(row.lastActivityAt.getTime()).toBeGreaterThan(before.version === 0 ? w.document.lastActivityAt.getTime() : 0);
  });

  it("skips an unchanged state: nothing written, version not bumped", async () => {
    const w = await collabWorld("Same");
    const { state } = await loadDocumentState({ documentId: w.document.id });
    const first = await storeDocumentState({ documentId: w.document.id, state });
    expect(first.changed).toBe(false);
    const again = await storeDocumentState({ documentId: w.document.id, state });
    expect(again).toEqual({ changed: false, version: first.version, compacted: 0 });
    expect((await storedDocument(w.document.id)).version).toBe(first.version);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const text = (doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(4, "!");
    const changed = await storeDocumentState({ documentId: w.document.id, state: Y.encodeStateAsUpdate(doc) });
    expect(changed).toMatchObject({ changed: true, version: first.version + 1 });
    expect((await storedDocument(w.document.id)).text).toBe("Same!");
    // A deletion is a change too, even though no new items appear.
    text.delete(0, 1);
    expect(await storeDocumentState({ documentId: w.document.id, state: Y.encodeStateAsUpdate(doc) })).toMatchObject({ changed: true });
    expect((await storedDocument(w.document.id)).text).toBe("ame!");
  });

  it("builds the Y.js state of a never-opened document once, so every loader starts from the same items", async () => {
    const w = await collabWorld("Fresh import");
    expect((await storedDocument(w.document.id)).ydoc).toBeNull();
    const [a, b] = await Promise.all([loadDocumentState({ documentId: w.document.id }), loadDocumentState({ documentId: w.document.id })]);
    expect(Buffer.from(a.state).equals(Buffer.from(b.state))).toBe(true);
    const merged = Y.mergeUpdates([a.state, b.state]);
    expect(textOf(merged)).toBe("Fresh import"); // not "Fresh importFresh import"
    expect((await storedDocument(w.document.id)).ydoc).not.toBeNull();
  });

  it("applies write-ahead rows left by a crash on load, then folds them into the row", async () => {
    const w = await collabWorld("Crash");
    const { state } = await loadDocumentState({ documentId: w.document.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    const text = (doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(5, " survived");
    text.insert(text.length, " twice");
    for (const update of updates) await appendDocumentUpdates({ documentId: w.document.id, workspaceId: w.ws.id, updates: [update] });
    expect(await pendingUpdateCount(w.document.id)).toBe(2);

    const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.viewer) });
    clients.push(c);
    await waitFor(() => c.text() === "Crash survived twice");
    await waitFor(async () => (await pendingUpdateCount(w.document.id)) === 0, { message: "leftover rows not compacted" });
    expect((await storedDocument(w.document.id)).text).toBe("Crash survived twice");
  });

  it("keeps edits a client made offline: they are logged on reconnect before the ack", async () => {
    const w = await collabWorld("Offline");
    const doc = new Y.Doc();
    const first = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor), doc });
    await first.acked();
    first.destroy();
    first.type(" edit");
    const second = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor), doc });
    clients.push(second);
    await second.acked();
    expect(await pendingUpdateCount(w.document.id)).toBeGreaterThan(0);
    await waitFor(async () => (await storedDocument(w.document.id)).text === "Offline edit");
  });
});
