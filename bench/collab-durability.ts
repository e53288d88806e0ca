/**
 * `npm run bench:durability` — the SIGKILL loop at scale (BENCH_ROUNDS, default 200).
 * Each round: a fresh client connects to a fresh collab process (scripts/collab.ts, child), checks
 * that every edit acknowledged in earlier rounds is there, types, waits for the server's ack, then
 * — disconnecting at once, staying connected, bursting, or disconnecting within a second — the
 * process is killed with SIGKILL. Counts acknowledged edits that did not survive (target 0).
 * Prints a table, then one line of JSON.
 */
import { startCollabProcess, type TCollabProcess } from "@/scripts/lib/collab-process";
import { connectClient } from "@/tests/integration/collab/collab-client";
import { collabBenchDatabase, percentile } from "./lib/collab-bench-db";
import { collabBenchMachine } from "./lib/collab-machine";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const MODES = ["disconnect-at-once", "stay-connected", "burst-then-disconnect", "disconnect-within-a-second"] as const;

const machine = collabBenchMachine();
const bench = await collabBenchDatabase(".data/bench-durability-pg");
const env = { DATABASE_URL: bench.url, AUTH_SECRET: process.env.AUTH_SECRET };
const documentId = await bench.newDocument("Durable:");
const documentName = `doc:${documentId}`;

const acknowledged: string[] = [];
const lostAt: { round: number; edits: string[] }[] = [];
const roundMs: number[] = [];
const ackMs: number[] = [];
const ahead: Promise<TCollabProcess>[] = [startCollabProcess({ env }), startCollabProcess({ env })];
let current = await ahead.shift()!;
ahead.push(startCollabProcess({ env }));

try {
  for (let round = 0; round < ROUNDS; round++) {
    const mode = MODES[round % MODES.length]!;
    const t0 = performance.now();
    const client = connectClient({ url: current.url, documentName, token: await bench.token(documentId) });
    await client.acked();
    const seen = client.text();
    const lost = acknowledged.filter((m) => !seen.includes(m));
    if (lost.length) {
      lostAt.push({ round, edits: lost });
      acknowledged.splice(0, acknowledged.length, ...acknowledged.filter((m) => seen.includes(m))); // count each loss once
    }
    const edits = mode === "burst-then-disconnect" ? [`[${round}a]`, `[${round}b]`, `[${round}c]`] : [`[${round}]`];
    const typedAt = performance.now();
    for (const e of edits) client.type(e);
    await client.acked();
    ackMs.push(performance.now() - typedAt);
    acknowledged.push(...edits);
    if (mode === "disconnect-at-once" || mode === "burst-then-disconnect") client.destroy();
    if (mode === "disconnect-within-a-second") {
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      client.destroy();
      await new Promise((r) => setTimeout(r, Math.random() * 20));
    }
    await current.kill("SIGKILL");
    if (mode === "stay-connected") client.destroy();
    roundMs.push(performance.now() - t0);
    current = await ahead.shift()!;
    ahead.push(startCollabProcess({ env }));
    if ((round + 1) % 25 === 0) process.stderr.write(`${round + 1}/${ROUNDS} rounds, ${lostAt.length} rounds with losses\n`);
  }
  const last = connectClient({ url: current.url, documentName, token: await bench.token(documentId) });
  await last.acked();
  const finalText = last.text();
  last.destroy();
  const finalLost = acknowledged.filter((m) => !finalText.includes(m));
  if (finalLost.length) lostAt.push({ round: ROUNDS, edits: finalLost });
} finally {
  await current.kill("SIGKILL");
  for (const p of ahead) await (await p).kill("SIGKILL");
  await bench.drop();
}

const lostEdits = lostAt.reduce((n, l) => n + l.edits.length, 0);
const totalAcked = acknowledged.length + lostEdits;
const r = (x: number) => Math.round(x);
console.log(`\nCollab durability — ${ROUNDS} SIGKILL rounds`);
console.log(`machine: ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, load average at start ${machine.loadavg1m}\n`);
console.log(`rounds                      ${ROUNDS}`);
console.log(`acknowledged edits          ${totalAcked}`);
console.log(`lost acknowledged edits     ${lostEdits}${lostEdits ? `  (rounds ${lostAt.map((l) => l.round).join(", ")})` : ""}`);
console.log(`ack after keystroke p50/p95 ${r(percentile(ackMs, 0.5))} / ${r(percentile(ackMs, 0.95))} ms`);
console.log(`round p50/p95               ${r(percentile(roundMs, 0.5))} / ${r(percentile(roundMs, 0.95))} ms`);
console.log(
  JSON.stringify({
    bench: "collab-durability",
    rounds: ROUNDS,
    acknowledgedEdits: totalAcked,
    lostAcknowledgedEdits: lostEdits,
    targetMet: lostEdits === 0,
    ackP50Ms: r(percentile(ackMs, 0.5)),
    ackP95Ms: r(percentile(ackMs, 0.95)),
    machine,
  }),
);
process.exit(lostEdits ? 1 : 0);
