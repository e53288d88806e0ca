import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { connectClient } from "./collab-client";
import { collabWorld, createDocument, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

/**
 * A document opened with leftover write-ahead rows (after a crash) is compacted right after load.
 * If its reader leaves at once and the server shuts down, shutdown must wait for that compaction:
 * exiting under it rolls it back, leaving Document.text behind what was acknowledged. A trigger
 * makes this test's own document slow to store, so the race is not left to chance.
 */
beforeAll(async () => {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_collab_test_slow_store" ("id" UUID PRIMARY KEY)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION "_collab_test_slow_store_fn"() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "_collab_test_slow_store" WHERE "id" = NEW."id") THEN
        PERFORM pg_sleep(1.5);
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE TRIGGER "_collab_test_slow_store_trg" BEFORE UPDATE ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "_collab_test_slow_store_fn"()`);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "_collab_test_slow_store_trg" ON "Document"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "_collab_test_slow_store_fn"()`);
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "_collab_test_slow_store"`);
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
  await db.$executeRawUnsafe(`INSERT INTO "_collab_test_slow_store" ("id") VALUES ('${doc.id}')`);

  const server = await startCollab();
  const client = connectClient({ url: server.url, documentName: `doc:${doc.id}`, token: await w.token(w.editor, doc.id) });
  await client.acked();
  expect(client.text()).toContain("Crash-safe Base text");
  client.destroy();
  await server.close();

  expect((await storedDocument(doc.id)).text).toBe("Crash-safe Base text");
  expect(await pendingUpdateCount(doc.id)).toBe(0);
});
