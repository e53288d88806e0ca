/**
 * `npm run bench:collab` — edit propagation through the collab server.
 *
 * For 2, 10 and 50 clients on one document, each typing 5 keystrokes/s (one character at a random
 * position) for BENCH_SECONDS (default 10): the latency from a client's keystroke to its arrival
 * at each other client (p50/p95/p99 over all sender→receiver pairs, and p95 until *every* other
 * client has it), plus the server process's CPU. The server runs as a child process
 * (scripts/collab.ts: token auth, DB re-checks, write-ahead log before ack, debounced stores) and
 * the same run goes against bare Hocuspocus (bench/collab-bare-server.ts) as the baseline.
 * All clients live in this process (real WebSockets, one per client), so their own CPU load is
 * part of what is measured, equally for both servers. Prints a table, then one line of JSON.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import path from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { startCollabProcess, type TCollabProcess } from "@/scripts/lib/collab-process";
import { collabBenchDatabase, percentile } from "./lib/collab-bench-db";
import { collabBenchMachine } from "./lib/collab-machine";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENT_COUNTS = (process.env.BENCH_CLIENTS ?? "2,10,50").split(",").map(Number);
const KEYS_PER_SECOND = 5;
const TARGET_P95_MS = 50;

type TRun = {
  server: "factdesk" | "bare";
  clients: number;
  edits: number;
  deliveries: number;
  missing: number;
  p50: number;
  p95: number;
  p99: number;
  fanoutP95: number;
  serverCpuPercent: number;
  /** write-ahead rows per commit (group commit), factdesk only */
  logBatch: number | null;
};

type TClient = { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket; doc: Y.Doc };

function connect(url: string, name: string, token: string): TClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 1000 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  provider.attach();
  return { provider, socket, doc };
}

async function until(fn: () => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > deadline) throw new Error(`${what}: timed out`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function measure(server: TCollabProcess, kind: TRun["server"], n: number, documentName: string, token: () => Promise<string>): Promise<TRun> {
  const clients: TClient[] = [];
  for (let i = 0; i < n; i++) clients.push(connect(server.url, documentName, await token()));
  await until(() => clients.every((c) => c.provider.isSynced && c.provider.unsyncedChanges === 0), 30_000, `${n} clients syncing`);
  const seed = clients[0]!.doc.getXmlFragment(YDOC_FIELD);
  if (seed.length === 0) {
    // The bare server has no stored document: give it the same starting paragraph.
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Benchmark text.")]);
    seed.insert(0, [paragraph]);
  }
  await until(() => clients.every((c) => c.doc.getXmlFragment(YDOC_FIELD).length > 0 && c.provider.unsyncedChanges === 0), 30_000, "starting text");

  const sent = new Map<string, { at: number; receivedBy: number; last: number }>();
  const latencies: number[] = [];
  for (const c of clients) {
    c.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== c.provider) return;
      const now = performance.now();
      const meta = Y.parseUpdateMeta(update);
      for (const [client, to] of meta.to) {
        if (client === c.doc.clientID) continue;
        for (let clock = meta.from.get(client) ?? 0; clock < to; clock++) {
          const s = sent.get(`${client}:${clock}`);
          if (!s) continue;
          s.receivedBy += 1;
          s.last = now;
          latencies.push(now - s.at);
        }
      }
    });
  }

  const before = await server.stats();
  const t0 = performance.now();
  const timers: NodeJS.Timeout[] = [];
  const stop = performance.now() + SECONDS * 1000;
  for (const c of clients) {
    const type = () => {
      if (performance.now() >= stop) return;
      const text = (c.doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      const clock = Y.getState(c.doc.store, c.doc.clientID);
      sent.set(`${c.doc.clientID}:${clock}`, { at: performance.now(), receivedBy: 0, last: 0 });
      text.insert(Math.floor(Math.random() * (text.length + 1)), "x");
      timers.push(setTimeout(type, 1000 / KEYS_PER_SECOND));
    };
    timers.push(setTimeout(type, Math.random() * (1000 / KEYS_PER_SECOND)));
  }
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const after = await server.stats();
  const wallMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 2000)); // stragglers
  for (const t of timers) clearTimeout(t);

  const fanout: number[] = [];
  let missing = 0;
  for (const s of sent.values()) {
    if (s.receivedBy >= n - 1) fanout.push(s.last - s.at);
    else missing += n - 1 - s.receivedBy;
  }
  for (const c of clients) {
    c.provider.destroy();
    c.socket.destroy();
  }
  const cpuMs = (after.cpu.user - before.cpu.user + after.cpu.system - before.cpu.system) / 1000;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    server: kind,
    clients: n,
    edits: sent.size,
    deliveries: latencies.length,
    missing,
    p50: r(percentile(latencies, 0.5)),
    p95: r(percentile(latencies, 0.95)),
    p99: r(percentile(latencies, 0.99)),
    fanoutP95: r(percentile(fanout, 0.95)),
    serverCpuPercent: r((cpuMs / wallMs) * 100),
    logBatch: kind === "factdesk" ? r((after.logged - before.logged) / Math.max(1, after.logCommits - before.logCommits)) : null,
  };
}

const machine = collabBenchMachine();
const bench = await collabBenchDatabase();
const env = { DATABASE_URL: bench.url, AUTH_SECRET: process.env.AUTH_SECRET };
const ours = await startCollabProcess({ env });
const bare = await startCollabProcess({ env, script: path.resolve(import.meta.dirname, "collab-bare-server.ts") });
const runs: TRun[] = [];
try {
  for (const n of CLIENT_COUNTS) {
    const documentId = await bench.newDocument("Benchmark text.");
    runs.push(await measure(ours, "factdesk", n, `doc:${documentId}`, () => bench.token(documentId)));
    runs.push(await measure(bare, "bare", n, `bench-${n}`, async () => ""));
    process.stderr.write(`done: ${n} clients\n`);
  }
} finally {
  await ours.kill("SIGTERM");
  await bare.kill("SIGTERM");
  await bench.drop();
}

console.log(`\nCollab edit propagation — ${SECONDS} s at ${KEYS_PER_SECOND} keys/s per client`);
console.log(`machine: ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, load average at start ${machine.loadavg1m}\n`);
const header = ["server", "clients", "edits", "deliveries", "missing", "p50 ms", "p95 ms", "p99 ms", "all-received p95 ms", "server CPU %"];
const rows = runs.map((r) => [r.server, r.clients, r.edits, r.deliveries, r.missing, r.p50, r.p95, r.p99, r.fanoutP95, r.serverCpuPercent].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));

const ratios = CLIENT_COUNTS.map((n, i) => {
  const f = runs[2 * i]!;
  const b = runs[2 * i + 1]!;
  return { clients: n, p95Ratio: Math.round((f.p95 / b.p95) * 100) / 100, cpuRatio: Math.round((f.serverCpuPercent / Math.max(b.serverCpuPercent, 0.1)) * 100) / 100 };
});
console.log("\nfactdesk / bare:", ratios.map((r) => `${r.clients} clients: p95 ×${r.p95Ratio}, CPU ×${r.cpuRatio}`).join("; "));
const at50 = runs.find((r) => r.server === "factdesk" && r.clients === 50);
if (at50) console.log(`target p95 < ${TARGET_P95_MS} ms at 50 clients: ${at50.p95 < TARGET_P95_MS ? "met" : "NOT met"} (${at50.p95} ms)`);
console.log(JSON.stringify({ bench: "collab", seconds: SECONDS, keysPerSecond: KEYS_PER_SECOND, machine, runs, ratios, targetP95Ms: TARGET_P95_MS, targetMet: at50 ? at50.p95 < TARGET_P95_MS : null }));
process.exit(0);
