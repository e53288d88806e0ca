/**
 * `npm run bench:reviews` — what the review workflow costs. Every approval hashes the claim's
 * content, which includes the document's durable text (rebuilt from its Y.js state), so its cost
 * grows with the article; and every claim read now carries the verdict and the approvals.
 *
 *   workflow: the latency of each step through the API (save a verdict, submit, approve twice,
 *             read the review state) on claims of the largest corpus article (~40,000 characters)
 *             against the same steps on a short article (~2,000 characters), in the same run;
 *   reads:    the claims list API (what the document page and its panel load) for the large
 *             article with every claim approved (verdict + 2 approvals each) against the same
 *             article with the same claims and none reviewed, interleaved. (The page-open measure
 *             of bench:claims needs an editable editor; a document with claims in review is
 *             text-locked, so its editor stays read-only and that measure does not apply.)
 *
 * BENCH_RUNS (15 reads each, plus a warm-up), BENCH_CLAIMS (200), BENCH_SMALL_CLAIMS (8). Against
 * the BUILT app (`npm run build` first) or BENCH_BASE_URL; demo users sign in (demo seed).
 */
import { chromium, type APIRequestContext } from "@playwright/test";
import os from "node:os";
import { loadBenchArticle, type TBenchArticle } from "./lib/bench-article";
import { startBenchApp } from "./lib/bench-app";
import { createClaims, planClaimSpans } from "./lib/bench-claims";
import { importArticle, signInContext } from "./lib/bench-session";
import { stats } from "./lib/bench-stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);
const SMALL_CLAIMS = Number(process.env.BENCH_SMALL_CLAIMS ?? 8);
const SLUG = "demo";
const PASSWORD = "factdesk-demo";
const STEPS = ["save verdict", "submit", "approve 1", "approve 2", "review state"] as const;
type TStep = (typeof STEPS)[number];

/** A short article (~2,000 characters): twelve paragraphs, room for SMALL_CLAIMS claims. */
const SMALL: TBenchArticle = {
  name: "short article",
  synthetic: true,
  text: [
    "Harbour figures questioned",
    ...Array.from({ length: 12 }, (_, i) => `The port authority said that ${4000 + i * 100} containers were inspected in quarter ${i + 1}, up from the year before. Critics said the count included containers moved between berths.`),
  ].join("\n\n"),
};

const app = await startBenchApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const sign = async (email: string) => signInContext(browser, app.baseUrl, { email, password: PASSWORD });
  const owner = await sign("admin@example.com");
  const editor = (await sign("editor@example.com")).request;
  const reviewers = [(await sign("reviewer1@example.com")).request, (await sign("reviewer2@example.com")).request];
  const api = `${app.baseUrl}/api/w/${SLUG}`;

  async function timed<T>(into: number[], call: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    const out = await call();
    into.push(performance.now() - t0);
    return out;
  }
  async function ok(res: Awaited<ReturnType<APIRequestContext["post"]>>, what: string) {
    if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as { claimVersion: number; signOffHash: string; status: string };
  }

  /** Research → verdict → submit → two approvals for each claim, timing every step. */
  async function review(claimIds: string[], into: Record<TStep, number[]>) {
    for (const claimId of claimIds) {
      const base = `${api}/claims/${claimId}`;
      let s = await ok(await editor.get(`${base}/review`), "review state");
      s = await ok(await editor.post(`${base}/workflow`, { data: { action: "start_research", claimVersion: s.claimVersion } }), "start research");
      const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The figures in the register do not support the claim as stated." }] }] };
      s = await timed(into["save verdict"], async () =>
        ok(await editor.post(`${base}/verdicts`, { data: { claimVersion: s.claimVersion, rating: "Mostly false", summary: "The register shows fewer inspections.", rationale: doc, evidenceIds: [] } }), "verdict"),
      );
      s = await timed(into.submit, async () => ok(await editor.post(`${base}/workflow`, { data: { action: "submit_for_review", claimVersion: s.claimVersion } }), "submit"));
      for (const [i, reviewer] of reviewers.entries()) {
        s = await timed(into[i === 0 ? "approve 1" : "approve 2"], async () =>
          ok(await reviewer.post(`${base}/reviews`, { data: { decision: "approve", claimVersion: s.claimVersion, signOffHash: s.signOffHash } }), "approve"),
        );
      }
      if (s.status !== "APPROVED") throw new Error(`claim ${claimId} ended ${s.status}`);
      await timed(into["review state"], async () => ok(await reviewers[0]!.get(`${base}/review`), "review state"));
    }
  }

  const empty = (): Record<TStep, number[]> => ({ "save verdict": [], submit: [], "approve 1": [], "approve 2": [], "review state": [] });
  const large = loadBenchArticle();
  const ownerReq = owner.request;

  // The short article: its claims reviewed, the baseline for each step. A first copy warms the
  // server up (JIT, pools, caches) and is not counted, so neither side pays for a cold start.
  const smallSteps = empty();
  for (const counted of [false, true]) {
    const smallId = await importArticle(ownerReq, app.baseUrl, SLUG, SMALL);
    const smallText = ((await (await ownerReq.get(`${api}/documents/${smallId}`)).json()) as { document: { text: string } }).document.text;
    const smallClaims = await createClaims(ownerReq, app.baseUrl, SLUG, smallId, smallText, planClaimSpans(smallText, SMALL_CLAIMS));
    await review(smallClaims, counted ? smallSteps : empty());
  }

  // The large article twice with the same claims: one copy fully reviewed, one not.
  const docs: { label: "reviewed" | "not reviewed"; id: string }[] = [];
  const largeSteps = empty();
  for (const label of ["reviewed", "not reviewed"] as const) {
    const id = await importArticle(ownerReq, app.baseUrl, SLUG, large);
    const text = ((await (await ownerReq.get(`${api}/documents/${id}`)).json()) as { document: { text: string } }).document.text;
    const claimIds = await createClaims(ownerReq, app.baseUrl, SLUG, id, text, planClaimSpans(text, CLAIMS));
    if (label === "reviewed") {
      const t0 = performance.now();
      await review(claimIds, largeSteps);
      process.stdout.write(`reviewed ${claimIds.length} claims (verdict, submit, 2 approvals each) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    docs.push({ label, id });
  }

  const list: Record<string, number[]> = { reviewed: [], "not reviewed": [] };
  const bytes: Record<string, number> = {};
  for (let run = 0; run <= RUNS; run++) {
    for (const doc of run % 2 === 0 ? docs : [...docs].reverse()) {
      const t0 = performance.now();
      const body = await (await ownerReq.get(`${api}/claims?documentId=${doc.id}&pageSize=500&sort=position`)).body();
      const listMs = performance.now() - t0;
      bytes[doc.label] = body.length;
      if (run > 0) list[doc.label]!.push(listMs);
      process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}/${RUNS}`} ${doc.label.padEnd(12)}: claims list ${Math.round(listMs)} ms\n`);
    }
  }

  console.log(`\n"${large.name}" (${large.text.length} characters, ${CLAIMS} claims) against a ${SMALL.text.length}-character article (${SMALL_CLAIMS} claims); ${app.mode}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}\n`);
  console.log(`${"step (API round trip)".padEnd(26)}${"large median".padStart(14)}${"p95".padStart(8)}${"short median".padStart(14)}${"p95".padStart(8)}${"ratio".padStart(8)}`);
  const steps: Record<string, { large: ReturnType<typeof stats>; small: ReturnType<typeof stats>; ratio: number }> = {};
  for (const step of STEPS) {
    const l = stats(largeSteps[step]);
    const s = stats(smallSteps[step]);
    const ratio = Number((l.median / s.median).toFixed(2));
    steps[step] = { large: l, small: s, ratio };
    console.log(`${step.padEnd(26)}${`${l.median} ms`.padStart(14)}${`${l.p95}`.padStart(8)}${`${s.median} ms`.padStart(14)}${`${s.p95}`.padStart(8)}${`×${ratio}`.padStart(8)}`);
  }
  const li = { reviewed: stats(list.reviewed!), plain: stats(list["not reviewed"]!) };
  const listRatio = Number((li.reviewed.median / li.plain.median).toFixed(2));
  console.log(`\nclaims list API (${CLAIMS} claims): ${li.reviewed.median} ms (p95 ${li.reviewed.p95}) every claim approved vs ${li.plain.median} ms (p95 ${li.plain.p95}) none reviewed: ×${listRatio}; ${Math.round((bytes.reviewed ?? 0) / 1024)} KB vs ${Math.round((bytes["not reviewed"] ?? 0) / 1024)} KB`);
  console.log(
    JSON.stringify({
      bench: "reviews",
      article: large.name,
      characters: large.text.length,
      claims: CLAIMS,
      smallClaims: SMALL_CLAIMS,
      runs: RUNS,
      mode: app.mode,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
      steps,
      listReviewedMs: li.reviewed,
      listNotReviewedMs: li.plain,
      listRatio,
    }),
  );
} finally {
  await browser.close();
  await app.stop();
}
