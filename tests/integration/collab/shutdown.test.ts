import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { connectClient } from "./collab-client";
import { collabWorld, createDocument, documentStoreTrigger, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

/**
 * A document opened with leftover write-ahead rows (after a crash) is compacted right after load.
 * If its reader leaves at once and the server shuts down, shutdown must wait for that compaction:
 * exiting under it rolls it back, leaving Document.text behind what was acknowledged. A trigger
 * makes this test's own document slow to store, so the race is not left to chance.
 */
let slow: Awaited<ReturnType<typeof documentStoreTrigger>>;
beforeAll(async () => {
  slow = await documentStoreTrigger("slow_store", "PERFORM pg_sleep(1.5);");
});
afterAll(async () => {
  await slow.drop();
});

it("shutdown waits for the compaction of leftover write-ahead rows", async () => {
  const w = await collabWorld("unused");
  const doc = await createDocument(w.ws.id, "Base text", { withYdoc: true });
  // What a crashed server leaves behind: an acknowledged update in the log, not yet in the row.
  const y = new Y.Doc();
  Y.applyUpdate(y, doc.ydoc!);
  const before = Y.encodeStateVector(y);
  const paragraph = y.getXmlFragment("default").get(0) as Y.XmlElement;
  (paragraph.get(0) as Y.XmlText).insert(0, "Crash-safe ");
  await db.documentUpdate.create({ data: { documentId: doc.id, workspaceId: w.ws.id, update: new Uint8Array(Y.encodeStateAsUpdate(y, before)) } });
  await slow.target(doc.id);

  const server = await startCollab();
  const client = connectClient({ url: server.url, documentName: `doc:${doc.id}`, token: await w.token(w.editor, doc.id) });
  await client.acked();
  expect(client.text()).toContain("Crash-safe Base text");
  client.destroy();
  await server.close();

  expect((await storedDocument(doc.id)).text).toBe("Crash-safe Base text");
  expect(await pendingUpdateCount(doc.id)).toBe(0);
});
