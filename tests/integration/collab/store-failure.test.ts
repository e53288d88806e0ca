import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { collabWorld, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

/**
 * A store that fails (here: a trigger refusing updates of one document's row) is logged, retried
 * with backoff, and succeeds once the database accepts it again; acked edits sit safely in the
 * write-ahead log meanwhile. The trigger only ever fires for this test's own document.
 */
let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_collab_test_fail_store" ("id" UUID PRIMARY KEY)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION "_collab_test_fail_store_fn"() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "_collab_test_fail_store" WHERE "id" = NEW."id") THEN
        RAISE EXCEPTION 'store refused by test';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE TRIGGER "_collab_test_fail_store_trg" BEFORE UPDATE ON "Document"
    FOR EACH ROW EXECUTE FUNCTION "_collab_test_fail_store_fn"()`);
  server = await startCollab({ debounceMs: 50, maxDebounceMs: 200, storeAttempts: 20, storeRetryBaseMs: 50 });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "_collab_test_fail_store_trg" ON "Document"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "_collab_test_fail_store_fn"()`);
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "_collab_test_fail_store"`);
});

it("retries a failing store with backoff until it succeeds, keeping the acked edit in the log meanwhile", async () => {
  const w = await collabWorld("Retry");
  const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor) });
  clients.push(c);
  await c.acked();
  await db.$executeRawUnsafe(`INSERT INTO "_collab_test_fail_store" ("id") VALUES ('${w.document.id}')`);
  const failuresBefore = server.collab.stats().storeFailures;

  c.type(" me");
  await c.acked();
  await waitFor(() => server.collab.stats().storeFailures >= failuresBefore + 2, { message: "store never failed" });
  expect((await storedDocument(w.document.id)).text).toBe("Retry");
  expect(await pendingUpdateCount(w.document.id)).toBeGreaterThan(0);

  await db.$executeRawUnsafe(`DELETE FROM "_collab_test_fail_store" WHERE "id" = '${w.document.id}'`);
  await waitFor(async () => (await storedDocument(w.document.id)).text === "Retry me", { message: "store never succeeded after the database recovered" });
  await waitFor(async () => (await pendingUpdateCount(w.document.id)) === 0);
});
