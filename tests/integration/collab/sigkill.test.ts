import { afterAll, expect, it } from "vitest";
import { startCollabProcess, type TCollabProcess } from "@/scripts/lib/collab-process";
import { connectClient, type TCollabClient } from "./collab-client";
import { collabWorld, pendingUpdateCount, storedDocument } from "./fixtures";

/**
 * Nothing acknowledged is lost: type, wait for the server's ack, (sometimes) disconnect at once,
 * SIGKILL the collab process, start a fresh one, and a fresh client must see every acked edit.
 */
const ROUNDS = 20;
const live = new Set<TCollabProcess>();
const spawnCollab = async () => {
  const p = await startCollabProcess({ env: { DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: process.env.AUTH_SECRET } });
  live.add(p);
  return p;
};

afterAll(async () => {
  for (const p of live) await p.kill();
});

it(`keeps every acknowledged edit across ${ROUNDS} SIGKILLs of the collab process`, { timeout: 180_000 }, async () => {
  const w = await collabWorld("Durable:");
  const acknowledged: string[] = [];
  // Warnings and errors of every collab process, shown if the stored state falls short.
  const serverLogs: string[] = [];
  // Fresh processes are started ahead (each opens the document only when the round's client
  // connects), so rounds do not wait for a cold start.
  const ahead = [spawnCollab(), spawnCollab()];
  let current = await ahead.shift()!;
  const modes = ["disconnect-at-once", "stay-connected", "burst-then-disconnect", "disconnect-within-a-second"] as const;

  for (let round = 0; round < ROUNDS; round++) {
    const mode = modes[round % modes.length]!;
    const t0 = Date.now();
    const client: TCollabClient = connectClient({ url: current.url, documentName: w.documentName, token: await w.token(w.editor) });
    await client.acked();
    // The fresh process has just loaded the document from PostgreSQL: everything acked before must be there.
    const seen = client.text();
    const missing = acknowledged.filter((m) => !seen.includes(m));
    expect(missing, `round ${round}: lost after SIGKILL (text: ${seen})`).toEqual([]);

    const edits = mode === "burst-then-disconnect" ? [`[${round}a]`, `[${round}b]`, `[${round}c]`] : [`[${round}]`];
    for (const e of edits) client.type(e);
    await client.acked();
    acknowledged.push(...edits);

    if (mode === "disconnect-at-once" || mode === "burst-then-disconnect") client.destroy();
    if (mode === "disconnect-within-a-second") {
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      client.destroy();
      await new Promise((r) => setTimeout(r, Math.random() * 20)); // kill while the on-disconnect store may be running
    }
    await current.kill("SIGKILL");
    serverLogs.push(`--- round ${round} (${mode}) ---\n${current.output()}`);
    live.delete(current);
    if (mode === "stay-connected") client.destroy();

    const t1 = Date.now();
    current = await ahead.shift()!;
    ahead.push(spawnCollab());
    if (process.env.DEBUG_SIGKILL) console.log(`round ${round}: ${t1 - t0} ms in round, ${Date.now() - t1} ms waiting for a process`);
  }

  const last = connectClient({ url: current.url, documentName: w.documentName, token: await w.token(w.editor) });
  await last.acked();
  const finalText = last.text();
  last.destroy();
  expect(acknowledged.filter((m) => !finalText.includes(m))).toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS);
  // Clean shutdown stores what is open and empties the log.
  await current.kill("SIGTERM");
  serverLogs.push(`--- final (SIGTERM) ---\n${current.output()}`);
  live.delete(current);
  const stored = await storedDocument(w.document.id);
  const leftover = await pendingUpdateCount(w.document.id);
  const why = () => `stored text: ${stored.text}\nwrite-ahead rows left: ${leftover}\n${serverLogs.join("\n").slice(-8_000)}`;
  expect(acknowledged.filter((m) => !stored.text.includes(m)), why()).toEqual([]);
  expect(await pendingUpdateCount(w.document.id)).toBe(0);
  for (const p of ahead) await (await p).kill();
});
