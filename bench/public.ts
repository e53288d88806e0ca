/**
 * `npm run bench:public` — a published verdict page under load. Against `npm start` (the
 * production build on its own embedded PostgreSQL, demo data), autocannon at 10, 50 and 100
 * connections on:
 *
 *   page:   a published demo verdict page (/p/demo/…), served from the in-memory public cache;
 *   static: the same HTML as a static file of the same app (public/, served by Next's static
 *           handler through the same proxy: every page of this app renders per request for its
 *           CSP nonce, so a static file is this app's prerendered page);
 *   bare:   the same HTML from a bare Node http server (the limit).
 *
 * Ratios page/static and page/bare are from the same run. Also the page's transferred bytes
 * (gzip) and JavaScript bytes. BENCH_DURATION (seconds per measure, default 8). Ends with one
 * JSON line of key results. Run `npm run build` first.
 */
import autocannon from "autocannon";
import { createServer } from "node:http";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { startBenchApp } from "./lib/bench-app";

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = [10, 50, 100] as const;
const STATIC_DIR = "public/__bench";
const STATIC_PATH = "/__bench/verdict.html";

type TResult = { rps: number; p50: number; p97_5: number; p99: number; errors: number; non2xx: number };

async function load(url: string, connections: number): Promise<TResult> {
  const r = await autocannon({ url, connections, duration: DURATION, pipelining: 1 });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function firstPublishedPath(baseUrl: string): Promise<string> {
  const index = await (await fetch(`${baseUrl}/p/demo`)).text();
  const m = /href="(\/p\/demo\/[a-z0-9-]+)"/.exec(index);
  if (!m) throw new Error("The demo has no published verdict: is the demo seed current?");
  return m[1]!;
}

// 1. Start once to read the page's HTML, then again with it in public/ (Next lists public files at start).
let app = await startBenchApp();
let path: string;
let html: string;
try {
  path = await firstPublishedPath(app.baseUrl);
  html = await (await fetch(`${app.baseUrl}${path}`)).text();
} finally {
  await app.stop();
}
mkdirSync(STATIC_DIR, { recursive: true });
writeFileSync(`${STATIC_DIR}/verdict.html`, html);
const bare = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
await new Promise<void>((r) => bare.listen(0, "127.0.0.1", () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;

app = await startBenchApp();
const rows: Record<string, Record<number, TResult>> = { page: {}, static: {}, bare: {} };
try {
  const pageUrl = `${app.baseUrl}${path}`;
  const staticUrl = `${app.baseUrl}${STATIC_PATH}`;
  const check = await fetch(staticUrl);
  if (!check.ok) throw new Error(`the static copy is not served (${check.status})`);
  // Warm up: the page's first request fills the cache; JIT for all three.
  for (const u of [pageUrl, staticUrl, bareUrl]) await autocannon({ url: u, connections: 10, duration: 2 });
  for (const c of CONNECTIONS) {
    rows.page![c] = await load(pageUrl, c);
    rows.static![c] = await load(staticUrl, c);
    rows.bare![c] = await load(bareUrl, c);
  }
  const res = await fetch(pageUrl, { headers: { "accept-encoding": "gzip" } });
  const body = await res.text();
  const transferred = Number(res.headers.get("content-length") ?? 0) || gzipSync(body).length;
  const scripts = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/ld\+json/.test(m[1]!));
  const jsBytes = scripts.reduce((n, m) => n + m[2]!.length, 0) + (scripts.some((m) => /\bsrc=/.test(m[1]!)) ? NaN : 0);

  console.log(`bench:public — ${app.mode}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}; ${DURATION} s per measure`);
  console.log(`page ${path}: ${body.length} bytes of HTML, ${transferred} bytes transferred (gzip: ${res.headers.get("content-encoding") === "gzip" ? "by the server" : "computed"}), ${jsBytes} bytes of JavaScript\n`);
  console.log("connections  target   req/s   p50 ms  p97.5 ms  p99 ms  errors  non-2xx");
  for (const c of CONNECTIONS) {
    for (const t of ["page", "static", "bare"] as const) {
      const r = rows[t]![c]!;
      console.log(`${String(c).padStart(11)}  ${t.padEnd(6)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p97_5).padStart(9)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(8)}`);
    }
    console.log(`${" ".repeat(11)}  page/static ×${(rows.page![c]!.rps / rows.static![c]!.rps).toFixed(2)}, page/bare ×${(rows.page![c]!.rps / rows.bare![c]!.rps).toFixed(2)}`);
  }
  const at50 = rows.page![50]!;
  console.log(
    JSON.stringify({
      bench: "public",
      pageRps50: at50.rps,
      pageP99ms50: at50.p99,
      staticRps50: rows.static![50]!.rps,
      bareRps50: rows.bare![50]!.rps,
      pageVsStatic50: Number((at50.rps / rows.static![50]!.rps).toFixed(2)),
      pageVsBare50: Number((at50.rps / rows.bare![50]!.rps).toFixed(2)),
      errors: Object.values(rows).flatMap((r) => Object.values(r)).reduce((n, r) => n + r.errors + r.non2xx, 0),
      htmlBytes: body.length,
      transferredBytes: transferred,
      jsBytes,
    }),
  );
} finally {
  await app.stop();
  bare.close();
  rmSync(STATIC_DIR, { recursive: true, force: true });
}
