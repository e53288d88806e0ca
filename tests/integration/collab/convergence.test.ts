import { afterAll, beforeAll, expect, it } from "vitest";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { collabWorld, pendingUpdateCount, startCollab, storedDocument } from "./fixtures";

let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  server = await startCollab();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

it("four clients typing at random positions at once converge, and the stored text is theirs", async () => {
  const w = await collabWorld("Start.");
  const people = [w.owner, w.editor, w.owner, w.editor];
  const cs = await Promise.all(people.map(async (p) => connectClient({ url: server.url, documentName: w.documentName, token: await w.token(p) })));
  clients.push(...cs);
  await Promise.all(cs.map((c) => c.acked()));

  const perClient = 40;
  await Promise.all(
    cs.map(async (c, i) => {
      for (let k = 0; k < perClient; k++) {
        const at = Math.floor(Math.random() * (c.text().length + 1));
        c.type(String.fromCharCode(48 + i), at);
        await new Promise((r) => setTimeout(r, Math.random() * 8));
      }
    }),
  );
  await Promise.all(cs.map((c) => c.acked()));
  const expectedLength = "Start.".length + perClient * cs.length;
  await waitFor(() => cs.every((c) => c.text().length === expectedLength && c.text() === cs[0]!.text()), { message: "clients did not converge" });
  const finalText = cs[0]!.text();
  for (let i = 0; i < cs.length; i++) expect(finalText.split(String.fromCharCode(48 + i)).length - 1).toBe(perClient);

  const stored = await waitFor(async () => {
    const d = await storedDocument(w.document.id);
    return d.text === finalText ? d : null;
  }, { message: "stored text never matched the clients'" });
  expect(stored.version).toBeGreaterThan(0);
  expect(stored.content).toMatchObject({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: finalText }] }] });
  await waitFor(async () => (await pendingUpdateCount(w.document.id)) === 0, { message: "write-ahead rows not compacted" });
});
