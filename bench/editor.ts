/**
 * `npm run bench:editor` — opening the largest corpus article (~6,700 words).
 *
 *   server load: the document page's HTML + a collab token + the initial Y.js sync over the
 *                WebSocket (a Node client), each timed on its own and summed;
 *   editable:    in Chromium, from navigation start until the editor is contenteditable=true
 *                with the article's full text in it (fresh browser profile every run, so nothing
 *                comes from the IndexedDB copy).
 *
 * Runs against the BUILT app (`npm run build` first): starts `npm start` on its own embedded
 * PostgreSQL (.data/bench-pg) unless BENCH_BASE_URL points at a running server.
 * BENCH_RUNS (default 10, plus one warm-up). Prints a table, then one line of JSON.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { chromium } from "@playwright/test";
import os from "node:os";
import WebSocket from "ws";
import * as Y from "yjs";
import { yDocToNode } from "@/lib/editor/ydoc-convert";
import { loadBenchArticle } from "./lib/bench-article";
import { startBenchApp } from "./lib/bench-app";
import { importArticle, signInContext } from "./lib/bench-session";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TARGET_EDITABLE_MS = 1000;
const SLUG = "demo";
const ADMIN = { email: "admin@example.com", password: "factdesk-demo" };

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), min: Math.round(s[0]!), max: Math.round(s[s.length - 1]!) };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

/** Initial sync as a second client sees it: connect with a token until the server's state is applied. */
async function syncOnce(wsUrl: string, token: string, documentName: string): Promise<{ ms: number; text: string }> {
  const doc = new Y.Doc();
  const t0 = performance.now();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentName, document: doc, token });
  provider.attach();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("initial sync timed out after 15 s")), 15_000);
      provider.on("synced", () => {
        clearTimeout(timer);
        resolve();
      });
      provider.on("authenticationFailed", ({ reason }: { reason: string }) => reject(new Error(`collab auth failed: ${reason}`)));
    });
    return { ms: performance.now() - t0, text: yDocToNode(doc).textContent };
  } finally {
    provider.destroy();
    socket.destroy();
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
  const documentId = await importArticle(signedIn.request, app.baseUrl, SLUG, article);
  const pageUrl = `${app.baseUrl}/w/${SLUG}/documents/${documentId}`;
  const tokenUrl = `${app.baseUrl}/api/w/${SLUG}/documents/${documentId}/collab-token`;

  const rows: { page: number; token: number; sync: number; server: number; editable: number; html: number; pageCode: number; code: number; session: number; firstSync: number }[] = [];
  let expected = "";
  for (let run = 0; run <= RUNS; run++) {
    const [pageRes, pageMs] = await timed(async () => {
      const r = await signedIn.request.get(pageUrl);
      await r.body();
      return r;
    });
    if (!pageRes.ok()) throw new Error(`document page answered ${pageRes.status()}`);
    const [grant, tokenMs] = await timed(async () => (await (await signedIn.request.get(tokenUrl)).json()) as { token: string; url: string; documentName: string });
    const wsUrl = /^wss?:/.test(grant.url) ? grant.url : `${app.baseUrl.replace(/^http/, "ws")}${grant.url}`;
    const synced = await syncOnce(wsUrl, grant.token, grant.documentName);
    expected = synced.text;
    if (expected.length < article.text.length * 0.5) throw new Error(`synced document holds ${expected.length} chars, the article ${article.text.length}`);

    // A fresh context per run: cookies only, empty IndexedDB and HTTP cache.
    const context = await browser.newContext({ storageState });
    const page = await context.newPage();
    // A string, not a function: tsx's transform would wrap a function's inner names in helpers
    // that do not exist in the page.
    await page.addInitScript(`(() => {
      const length = ${expected.length};
      const tail = ${JSON.stringify(expected.slice(-60))};
      const observer = new MutationObserver(() => {
        const el = document.getElementById("document-editor");
        const text = el ? el.textContent || "" : "";
        if (el && el.getAttribute("contenteditable") === "true" && text.length >= length && text.includes(tail)) {
          window.__editableAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    })();`);
    await page.goto(pageUrl);
    try {
      await page.waitForFunction(() => (window as unknown as { __editableAt?: number }).__editableAt !== undefined, null, { timeout: 30_000 });
    } catch (e) {
      const seen = await page.evaluate(() => {
        const el = document.getElementById("document-editor");
        return { url: location.href, editable: el?.getAttribute("contenteditable"), chars: el?.textContent?.length ?? null, tail: el?.textContent?.slice(-80) };
      });
      throw new Error(`the editor never became editable with the full text: ${JSON.stringify({ ...seen, expectedChars: expected.length, expectedTail: expected.slice(-80) })}`, { cause: e });
    }
    const editableMs = await page.evaluate(() => (window as unknown as { __editableAt: number }).__editableAt);
    // Where the time went, from the page's own timeline (marks set by components/editor).
    const marks = (await page.evaluate(`(() => {
      const at = (name) => { const e = performance.getEntriesByName(name)[0]; return e ? e.startTime : NaN; };
      const nav = performance.getEntriesByType("navigation")[0];
      return { html: nav ? nav.responseEnd : NaN, page: at("factdesk:page-code"), code: at("factdesk:editor-code"), session: at("factdesk:session-start"), sync: at("factdesk:first-sync") };
    })()`)) as { html: number; page: number; code: number; session: number; sync: number };
    await context.close();

    const row = {
      page: pageMs,
      token: tokenMs,
      sync: synced.ms,
      server: pageMs + tokenMs + synced.ms,
      editable: editableMs,
      html: marks.html,
      pageCode: marks.page,
      code: marks.code,
      session: marks.session,
      firstSync: marks.sync,
    };
    if (run > 0) rows.push(row); // run 0 warms caches and JIT
    process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}/${RUNS}`}: editable ${Math.round(editableMs)} ms, server ${Math.round(row.server)} ms\n`);
  }

  const col = (k: keyof (typeof rows)[number]) => stats(rows.map((r) => r[k]));
  const table = {
    "page HTML": col("page"),
    "collab token": col("token"),
    "initial Y.js sync": col("sync"),
    "server load (sum)": col("server"),
    "editable in Chromium": col("editable"),
  };
  const timeline = {
    "HTML received": col("html"),
    "page code reached editor": col("pageCode"),
    "editor code running": col("code"),
    "session started": col("session"),
    "first sync": col("firstSync"),
    "editable, full text": col("editable"),
  };
  const words = expected.split(/\s+/).filter(Boolean).length;
  console.log(`\nOpening "${article.name}" (${words} words in the editor, ${expected.length} chars) — ${rows.length} runs, ${app.mode}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  console.log(`${"measure".padEnd(24)}${"median".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
  for (const [name, s] of Object.entries(table)) {
    console.log(`${name.padEnd(24)}${`${s.median} ms`.padStart(10)}${`${s.p95} ms`.padStart(10)}${`${s.min} ms`.padStart(10)}${`${s.max} ms`.padStart(10)}`);
  }
  console.log(`\nin Chromium, ms after navigation start (median / p95):`);
  for (const [name, s] of Object.entries(timeline)) console.log(`  ${name.padEnd(22)}${`${s.median}`.padStart(7)} /${`${s.p95}`.padStart(6)}`);
  const editable = table["editable in Chromium"];
  console.log(`\ntarget: editable under ${TARGET_EDITABLE_MS} ms — ${editable.p95 < TARGET_EDITABLE_MS ? "met" : editable.median < TARGET_EDITABLE_MS ? "met at the median, not at p95" : "NOT met"}`);
  console.log(
    JSON.stringify({
      bench: "editor",
      article: article.name,
      synthetic: article.synthetic,
      words,
      runs: rows.length,
      mode: app.mode,
      editableMs: editable,
      serverLoadMs: table["server load (sum)"],
      pageMs: table["page HTML"],
      tokenMs: table["collab token"],
      syncMs: table["initial Y.js sync"],
      browserTimelineMedianMs: Object.fromEntries(Object.entries(timeline).map(([k, v]) => [k, v.median])),
      targetMs: TARGET_EDITABLE_MS,
      targetMet: editable.p95 < TARGET_EDITABLE_MS,
    }),
  );
} finally {
  await browser.close();
  await app.stop();
}
