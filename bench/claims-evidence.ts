/**
 * `npm run bench:evidence` — what evidence costs the largest document page. The largest corpus
 * article is imported twice and gets the same 200 claims both times (bench/lib/bench-claims.ts);
 * on one copy every claim also gets 3 pieces of evidence drawn from a library of 50 URL sources
 * (each with a capture row: the addresses are under .example, so the capture fails at once and
 * leaves a FAILED snapshot, as a dead link would). Measured in the same run, interleaved:
 *
 *   open:     navigation → editor editable with the whole text and all 200 highlights
 *             (bench/lib/bench-open.ts, the same measure as `npm run bench:claims`);
 *   payload:  bytes of the document page's HTML (the claims, now with their evidence, ride in it);
 *   list API: GET /api/w/demo/claims?documentId=…&pageSize=500 (what the panel refetches).
 *
 * The issue's target: the document with evidence opens within 10 % of the same document without.
 * BENCH_RUNS (7, plus one warm-up each), BENCH_CLAIMS (200), BENCH_EVIDENCE (3 per claim),
 * BENCH_SOURCES (50). Against the BUILT app (`npm run build` first) or BENCH_BASE_URL.
 */
import { chromium } from "@playwright/test";
import type { JSONContent } from "@tiptap/core";
import os from "node:os";
import { documentSchema } from "@/lib/editor/ydoc-convert";
import { loadBenchArticle } from "./lib/bench-article";
import { startBenchApp } from "./lib/bench-app";
import { createClaims, planClaimSpans } from "./lib/bench-claims";
import { openOnce, type TOpenDoc } from "./lib/bench-open";
import { importArticle, signInContext } from "./lib/bench-session";
import { stats } from "./lib/bench-stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);
const PER_CLAIM = Number(process.env.BENCH_EVIDENCE ?? 3);
const SOURCES = Number(process.env.BENCH_SOURCES ?? 50);
const SLUG = "demo";
const ADMIN = { email: "admin@example.com", password: "factdesk-demo" };
const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;

type TDoc = TOpenDoc & { label: "evidence" | "claims only" };

const app = await startBenchApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const article = loadBenchArticle();
  const signedIn = await signInContext(browser, app.baseUrl, ADMIN);
  const { request } = signedIn;
  const storageState = await signedIn.storageState();
  const api = `${app.baseUrl}/api/w/${SLUG}`;

  const sourceIds: string[] = [];
  for (let i = 0; i < SOURCES; i++) {
    const res = await request.post(`${api}/sources`, {
      data: { url: `https://source-${i}.bench.example/report/${i}`, title: `Bench source ${i}: annual report`, publisher: `Publisher ${i % 7}`, type: "OFFICIAL_RECORD" },
    });
    if (!res.ok()) throw new Error(`source ${i}: ${res.status()} ${await res.text()}`);
    sourceIds.push(((await res.json()) as { source: { id: string } }).source.id);
  }

  const docs: TDoc[] = [];
  for (const label of ["evidence", "claims only"] as const) {
    const id = await importArticle(request, app.baseUrl, SLUG, article);
    const { document } = (await (await request.get(`${api}/documents/${id}`)).json()) as { document: { text: string } };
    const claimIds = await createClaims(request, app.baseUrl, SLUG, id, document.text, planClaimSpans(document.text, CLAIMS));
    if (label === "evidence") {
      const t0 = performance.now();
      let n = 0;
      for (const [c, claimId] of claimIds.entries()) {
        for (let k = 0; k < PER_CLAIM; k++) {
          const res = await request.post(`${api}/claims/${claimId}/evidence`, {
            data: {
              sourceId: sourceIds[(c * PER_CLAIM + k) % sourceIds.length],
              stance: STANCES[(c + k) % 3],
              excerpt: `Table ${k + 1} lists the figures for the year under review, by month and by region (${c}).`,
              note: "Checked against the printed edition.",
            },
          });
          if (!res.ok()) throw new Error(`evidence on claim ${c}: ${res.status()} ${await res.text()}`);
          n++;
        }
      }
      process.stdout.write(`attached ${n} pieces of evidence through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const fresh = (await (await request.get(`${api}/documents/${id}`)).json()) as { document: { content: JSONContent } };
    const editorText = documentSchema().nodeFromJSON(fresh.document.content).textContent;
    docs.push({ label, id, url: `${app.baseUrl}/w/${SLUG}/documents/${id}`, claims: claimIds.length, editorText });
  }

  const open: Record<TDoc["label"], number[]> = { evidence: [], "claims only": [] };
  const html: Record<TDoc["label"], number> = { evidence: 0, "claims only": 0 };
  const list: Record<TDoc["label"], number[]> = { evidence: [], "claims only": [] };
  const listBytes: Record<TDoc["label"], number> = { evidence: 0, "claims only": 0 };
  for (let run = 0; run <= RUNS; run++) {
    for (const doc of run % 2 === 0 ? docs : [...docs].reverse()) {
      const r = await openOnce(browser, storageState, doc);
      await r.context.close();
      const t0 = performance.now();
      const res = await request.get(`${api}/claims?documentId=${doc.id}&pageSize=500&sort=position`);
      const body = await res.body();
      const listMs = performance.now() - t0;
      if (run === 0) {
        html[doc.label] = (await (await request.get(doc.url)).body()).length;
        listBytes[doc.label] = body.length;
      } else {
        open[doc.label].push(r.ready);
        list[doc.label].push(listMs);
      }
      process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}/${RUNS}`} ${doc.label.padEnd(11)}: open ${Math.round(r.ready)} ms, claims list ${Math.round(listMs)} ms\n`);
    }
  }

  const s = { evidence: stats(open.evidence), claims: stats(open["claims only"]) };
  const l = { evidence: stats(list.evidence), claims: stats(list["claims only"]) };
  const ratio = Number((s.evidence.median / s.claims.median).toFixed(2));
  const listRatio = Number((l.evidence.median / l.claims.median).toFixed(2));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`\n"${article.name}" — ${CLAIMS} claims on both copies, ${PER_CLAIM} evidence per claim on one (${SOURCES} sources), ${RUNS} runs each, ${app.mode}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}\n`);
  console.log(`${"measure".padEnd(44)}${"median".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
  const line = (name: string, x: ReturnType<typeof stats>) => console.log(`${name.padEnd(44)}${`${x.median} ms`.padStart(10)}${`${x.p95} ms`.padStart(10)}${`${x.min} ms`.padStart(10)}${`${x.max} ms`.padStart(10)}`);
  line(`open → editable + ${CLAIMS} highlights, evidence`, s.evidence);
  line(`open → editable + ${CLAIMS} highlights, none`, s.claims);
  line("claims list API, evidence", l.evidence);
  line("claims list API, none", l.claims);
  console.log(`page HTML: ${kb(html.evidence)} with evidence, ${kb(html["claims only"])} without; claims list JSON: ${kb(listBytes.evidence)} vs ${kb(listBytes["claims only"])}`);
  console.log(`\nwith evidence / without: open ×${ratio} (median), claims list ×${listRatio}; target ≤ ×1.10 on open: ${ratio <= 1.1 ? "met" : "NOT met"}`);
  console.log(
    JSON.stringify({
      bench: "claims-evidence",
      article: article.name,
      claims: CLAIMS,
      evidencePerClaim: PER_CLAIM,
      sources: SOURCES,
      runs: RUNS,
      mode: app.mode,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
      openWithEvidenceMs: s.evidence,
      openWithoutMs: s.claims,
      openRatio: ratio,
      listWithEvidenceMs: l.evidence,
      listWithoutMs: l.claims,
      listRatio,
      pageHtmlBytes: html,
      listJsonBytes: listBytes,
      target: { openRatio: 1.1, met: ratio <= 1.1 },
    }),
  );
} finally {
  await browser.close();
  await app.stop();
}
