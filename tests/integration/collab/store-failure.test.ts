import { afterAll, beforeAll, expect, it } from "vitest";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { collabWorld, documentStoreTrigger, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

/**
 * A store that fails (here: a trigger refusing updates of one document's row) is logged, retried
 * with backoff, and succeeds once the database accepts it again; acked edits sit safely in the
 * write-ahead log meanwhile. The trigger only ever fires for this test's own document.
 */
let server: Awaited<ReturnType<typeof startCollab>>;
let failing: Awaited<ReturnType<typeof documentStoreTrigger>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  failing = await documentStoreTrigger("fail_store", "RAISE EXCEPTION 'store refused by test';");
  server = await startCollab({ debounceMs: 50, maxDebounceMs: 200, storeAttempts: 20, storeRetryBaseMs: 50 });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
  await failing.drop();
});

it("retries a failing store with backoff until it succeeds, keeping the acked edit in the log meanwhile", async () => {
  const w = await collabWorld("Retry");
  const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor) });
  clients.push(c);
  await c.acked();
  await failing.target(w.document.id);
  const failuresBefore = server.collab.stats().storeFailures;

  c.type(" me");
  await c.acked();
  await waitFor(() => server.collab.stats().storeFailures >= failuresBefore + 2, { message: "store never failed" });
  expect((await storedDocument(w.document.id)).text).toBe("Retry");
  expect(await pendingUpdateCount(w.document.id)).toBeGreaterThan(0);

  await failing.release(w.document.id);
  await waitFor(async () => (await storedDocument(w.document.id)).text === "Retry me", { message: "store never succeeded after the database recovered" });
  await waitFor(async () => (await pendingUpdateCount(w.document.id)) === 0);
});
