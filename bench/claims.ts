/**
 * `npm run bench:claims` — the largest corpus article with 200 claims marked.
 *
 *   open:   in Chromium, from navigation start until the editor is contenteditable=true with the
 *           article's full text AND all 200 claim highlights are in its DOM
 *           (`#document-editor span.claim-mark[data-claim-id]`, distinct ids); fresh browser
 *           context every run (nothing from the IndexedDB copy);
 *   typing: with all highlights present, ~200 keystrokes typed into the middle of the article;
 *           per keystroke, keydown (event.timeStamp, so input delay counts) → the editor's DOM
 *           updated, and → the next frame (requestAnimationFrame, then a task after it); and,
 *           from a Chromium trace of the typing, the main thread's work per keystroke (all tasks
 *           from one keydown to the next: bench/lib/bench-trace.ts) — the figure the 16 ms target
 *           is judged on, since "next frame" also counts the wait for the display's frame;
 *   both also on a copy of the same article with 0 claims, in the same run and interleaved, so
 *   the ratio shows what the claims cost on this machine at this moment.
 *
 * Claims are created through the claims API (`POST /api/w/demo/claims`), as "Mark claim" does:
 * each one edits the document's Y.js state on the server. Every tenth claim is nested inside the
 * previous one. Runs against the BUILT app like bench/editor.ts (`npm run build` first; starts
 * `npm start` on its own embedded PostgreSQL unless BENCH_BASE_URL is set).
 * BENCH_RUNS (default 7 per document, plus one warm-up each), BENCH_CLAIMS (200), BENCH_KEYS (200),
 * BENCH_KEY_DELAY_MS (40), BENCH_TYPING_ROUNDS (4: the keys are typed in rounds alternating the two
 * documents, each round in a freshly opened page). Prints a table, then one line of JSON.
 */
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import type { JSONContent } from "@tiptap/core";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { documentSchema } from "@/lib/editor/ydoc-convert";
import { loadBenchArticle } from "./lib/bench-article";
import { startBenchApp } from "./lib/bench-app";
import { createClaims, planClaimSpans } from "./lib/bench-claims";
import { importArticle, signInContext } from "./lib/bench-session";
import { stats } from "./lib/bench-stats";
import { distinctHighlights, openOnce, type TOpenDoc } from "./lib/bench-open";
import { mainThreadMsPerKey, TRACE_CATEGORIES } from "./lib/bench-trace";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const KEY_DELAY_MS = Number(process.env.BENCH_KEY_DELAY_MS ?? 40);
const TYPING_ROUNDS = Number(process.env.BENCH_TYPING_ROUNDS ?? 4);
const TARGET_OPEN_MS = 1500;
const TARGET_KEY_MS = 16;
const SLUG = "demo";
const ADMIN = { email: "admin@example.com", password: "factdesk-demo" };

type TDoc = TOpenDoc & { label: "claims" | "baseline" };

/** Per keystroke: keydown → first DOM change in the editor, and → the next frame after it. */
const typingProbe = `(() => {
  const el = document.getElementById("document-editor");
  window.__keys = [];
  let pending = null;
  window.addEventListener("keydown", (e) => { pending = { t0: e.timeStamp }; }, true);
  new MutationObserver(() => {
    if (!pending) return;
    const p = pending;
    pending = null;
    p.dom = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__keys.push({ dom: p.dom - p.t0, frame: performance.now() - p.t0 }); };
      ch.port2.postMessage(0);
    });
  }).observe(el, { subtree: true, childList: true, characterData: true });
})();`;

async function typeInMiddle(browser: Browser, storageState: Awaited<ReturnType<BrowserContext["storageState"]>>, doc: TDoc, keys: number) {
  const { context, page } = await openOnce(browser, storageState, doc);
  try {
    const paragraphs = page.locator("#document-editor p");
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await page.keyboard.press("End");
    await page.evaluate(typingProbe);
    // Diagnostics: what else the page did while typing (claims refetched, main-thread long tasks).
    let claimFetches = 0;
    page.on("request", (r) => {
      if (r.method() === "GET" && /\/api\/w\/[^/]+\/claims(\?|$)/.test(r.url())) claimFetches++;
    });
    await page.evaluate(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: "longtask" });
    })()`);
    const before = await distinctHighlights(page);
    const words = "so the figure quoted here was checked against the record again ";
    const text = words.repeat(Math.ceil(keys / words.length)).slice(0, keys);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.keyboard.type(text, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(300);
    const trace = await browser.stopTracing();
    // BENCH_TRACE_DIR: keep each typing round's trace, to open in Chromium DevTools' Performance panel.
    if (process.env.BENCH_TRACE_DIR) writeFileSync(path.join(process.env.BENCH_TRACE_DIR, `typing-${doc.label}-${Date.now()}.json`), trace);
    const work = mainThreadMsPerKey(trace, KEY_DELAY_MS);
    const samples = (await page.evaluate(() => (window as unknown as { __keys: { dom: number; frame: number }[] }).__keys)) as { dom: number; frame: number }[];
    const after = await distinctHighlights(page);
    const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)) as number[];
    return { samples, work, before, after, claimFetches, longTasks: longTasks.length, longTaskMs: Math.round(longTasks.reduce((a, b) => a + b, 0)) };
  } finally {
    await context.close();
  }
}

const app = await startBenchApp();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const article = loadBenchArticle();
  const signedIn = await signInContext(browser, app.baseUrl, ADMIN);
  const storageState = await signedIn.storageState();
  const docs: TDoc[] = [];
  for (const label of ["claims", "baseline"] as const) {
    const id = await importArticle(signedIn.request, app.baseUrl, SLUG, article);
    const res = await signedIn.request.get(`${app.baseUrl}/api/w/${SLUG}/documents/${id}`);
    const { document } = (await res.json()) as { document: { text: string; content: JSONContent } };
    let claims = 0;
    if (label === "claims") {
      const t0 = performance.now();
      const spans = planClaimSpans(document.text, CLAIMS);
      claims = (await createClaims(signedIn.request, app.baseUrl, SLUG, id, document.text, spans)).length;
      process.stdout.write(`marked ${claims} claims through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const fresh = (await (await signedIn.request.get(`${app.baseUrl}/api/w/${SLUG}/documents/${id}`)).json()) as { document: { content: JSONContent } };
    const editorText = documentSchema().nodeFromJSON(fresh.document.content).textContent;
    docs.push({ label, id, url: `${app.baseUrl}/w/${SLUG}/documents/${id}`, claims, editorText });
  }

  // Interleaved so a change in the machine's load hits both alike.
  const open: Record<TDoc["label"], { editable: number[]; ready: number[] }> = { claims: { editable: [], ready: [] }, baseline: { editable: [], ready: [] } };
  for (let run = 0; run <= RUNS; run++) {
    for (const doc of run % 2 === 0 ? docs : [...docs].reverse()) {
      const r = await openOnce(browser, storageState, doc);
      await r.context.close();
      if (run > 0) {
        open[doc.label].editable.push(r.editable);
        open[doc.label].ready.push(r.ready);
      }
      process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}/${RUNS}`} ${doc.label.padEnd(8)}: editable ${Math.round(r.editable)} ms, with highlights ${Math.round(r.ready)} ms\n`);
    }
  }

  // Typing in rounds, alternating the documents, for the same reason.
  type TTyping = Awaited<ReturnType<typeof typeInMiddle>>;
  const typing: Record<TDoc["label"], TTyping> = {
    claims: { samples: [], work: [], before: 0, after: 0, claimFetches: 0, longTasks: 0, longTaskMs: 0 },
    baseline: { samples: [], work: [], before: 0, after: 0, claimFetches: 0, longTasks: 0, longTaskMs: 0 },
  };
  const perRound = Math.ceil(KEYS / TYPING_ROUNDS);
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    for (const doc of round % 2 === 0 ? docs : [...docs].reverse()) {
      const r = await typeInMiddle(browser, storageState, doc, perRound);
      const t = typing[doc.label];
      t.samples.push(...r.samples);
      t.work.push(...r.work);
      if (round === 0) t.before = r.before;
      t.after = r.after;
      t.claimFetches += r.claimFetches;
      t.longTasks += r.longTasks;
      t.longTaskMs += r.longTaskMs;
      process.stdout.write(
        `typing round ${round + 1}/${TYPING_ROUNDS} ${doc.label.padEnd(8)}: ${r.samples.length} keys, frame median ${stats(r.samples.map((x) => x.frame), 1).median} ms, main thread median ${stats(r.work, 1).median} ms, highlights ${r.before} → ${r.after}, claims refetched ${r.claimFetches}×, ${r.longTasks} long tasks (${r.longTaskMs} ms)\n`,
      );
    }
  }
  const detachedAfter = (
    (await (await signedIn.request.get(`${app.baseUrl}/api/w/${SLUG}/claims?documentId=${docs[0]!.id}&detached=true&pageSize=500`)).json()) as { total: number }
  ).total;

  const openStats = {
    claims: { ready: stats(open.claims.ready), editable: stats(open.claims.editable) },
    baseline: { ready: stats(open.baseline.ready), editable: stats(open.baseline.editable) },
  };
  const keyStats = {
    claims: { frame: stats(typing.claims.samples.map((s) => s.frame), 1), dom: stats(typing.claims.samples.map((s) => s.dom), 1), work: stats(typing.claims.work, 1) },
    baseline: { frame: stats(typing.baseline.samples.map((s) => s.frame), 1), dom: stats(typing.baseline.samples.map((s) => s.dom), 1), work: stats(typing.baseline.work, 1) },
  };
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  const words = docs[0]!.editorText.split(/\s+/).filter(Boolean).length;

  console.log(`\n"${article.name}" (${words} words, ${docs[0]!.editorText.length} chars in the editor) — ${CLAIMS} claims vs 0, ${RUNS} runs each, ${app.mode}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}\n`);
  const line = (name: string, s: ReturnType<typeof stats>, unit = "ms") =>
    console.log(`${name.padEnd(44)}${`${s.median} ${unit}`.padStart(10)}${`${s.p95} ${unit}`.padStart(10)}${`${s.min} ${unit}`.padStart(10)}${`${s.max} ${unit}`.padStart(10)}`);
  console.log(`${"measure".padEnd(44)}${"median".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
  line(`open → editable + ${CLAIMS} highlights`, openStats.claims.ready);
  line(`open → editable (${CLAIMS} claims doc)`, openStats.claims.editable);
  line("open → editable (0 claims)", openStats.baseline.ready);
  line(`keystroke → next frame (${CLAIMS} claims)`, keyStats.claims.frame);
  line("keystroke → next frame (0 claims)", keyStats.baseline.frame);
  line(`keystroke → DOM updated (${CLAIMS} claims)`, keyStats.claims.dom);
  line("keystroke → DOM updated (0 claims)", keyStats.baseline.dom);
  line(`main thread per keystroke (${CLAIMS} claims)`, keyStats.claims.work);
  line("main thread per keystroke (0 claims)", keyStats.baseline.work);
  const openRatio = ratio(openStats.claims.ready.median, openStats.baseline.ready.median);
  const keyRatio = ratio(keyStats.claims.frame.median, keyStats.baseline.frame.median);
  const workRatio = ratio(keyStats.claims.work.median, keyStats.baseline.work.median);
  console.log(`\nclaims / baseline: open ×${openRatio} (median), keystroke → next frame ×${keyRatio}, main thread per keystroke ×${workRatio} (medians)`);
  console.log(`highlights while typing: ${typing.claims.before} before, ${typing.claims.after} after; detached claims after typing: ${detachedAfter}`);
  const openMet = openStats.claims.ready.p95 < TARGET_OPEN_MS;
  // The 16 ms budget is the work a keystroke costs the page (main thread per keystroke); the
  // next-frame figure adds the wait for the display's next frame, which no code can remove.
  const keyMet = keyStats.claims.work.p95 < TARGET_KEY_MS;
  console.log(`target open < ${TARGET_OPEN_MS} ms: ${openMet ? "met at p95" : openStats.claims.ready.median < TARGET_OPEN_MS ? "met at the median, not at p95" : "NOT met"}`);
  console.log(
    `target keystroke < ${TARGET_KEY_MS} ms of main-thread work: ${keyMet ? "met at p95" : keyStats.claims.work.median < TARGET_KEY_MS ? "met at the median, not at p95" : "NOT met"} (keystroke → next frame, which adds the wait for the frame: ${keyStats.claims.frame.median} ms median, ${keyStats.claims.frame.p95} ms p95)`,
  );
  console.log(
    JSON.stringify({
      bench: "claims",
      article: article.name,
      synthetic: article.synthetic,
      words,
      claims: CLAIMS,
      runs: RUNS,
      keys: KEYS,
      mode: app.mode,
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
      openWithHighlightsMs: openStats.claims.ready,
      openBaselineMs: openStats.baseline.ready,
      openRatio,
      keyFrameMs: keyStats.claims.frame,
      keyFrameBaselineMs: keyStats.baseline.frame,
      keyDomMs: keyStats.claims.dom,
      keyRatio,
      keyWorkMs: keyStats.claims.work,
      keyWorkBaselineMs: keyStats.baseline.work,
      keyWorkRatio: workRatio,
      keySamples: { claims: typing.claims.samples.length, baseline: typing.baseline.samples.length },
      highlightsWhileTyping: { before: typing.claims.before, after: typing.claims.after },
      whileTyping: Object.fromEntries(docs.map((d) => [d.label, { claimFetches: typing[d.label].claimFetches, longTasks: typing[d.label].longTasks, longTaskMs: typing[d.label].longTaskMs }])),
      detachedAfterTyping: detachedAfter,
      targets: { openMs: TARGET_OPEN_MS, keyMs: TARGET_KEY_MS, openMet, keyMet },
    }),
  );
} finally {
  await browser.close();
  await app.stop();
}
