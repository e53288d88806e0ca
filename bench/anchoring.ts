/**
 * bench:anchoring — how long re-anchoring takes on the largest corpus article: findQuote for 200
 * claim quotes spread over the text, in four situations (text untouched; an insertion before each
 * quote; an edit inside each quote; each quote deleted), plus a 1,500-character quote. Baseline in
 * the same run: a plain indexOf of each quote (what exact matching alone would cost).
 * Pure CPU, no database or browser. Ends with one JSON line.
 */
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { loadBenchArticle } from "./lib/bench-article";

const QUOTES = Number(process.env.BENCH_QUOTES ?? 200);

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { n: s.length, median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), max: +s.at(-1)!.toFixed(2) };
}

const article = loadBenchArticle();
const text = article.text.replace(/\r\n/g, "\n");
// Quotes of 40–110 characters at word boundaries, spread evenly.
const ranges: Array<{ start: number; end: number }> = [];
for (let i = 0; i < QUOTES; i++) {
  let start = Math.floor(((i + 0.5) * text.length) / QUOTES);
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  let end = Math.min(text.length, start + 40 + ((i * 37) % 70));
  while (end < text.length && /\S/.test(text[end]!)) end++;
  ranges.push({ start, end });
}

function run(label: string, edit: (r: { start: number; end: number }) => string, expectFound: boolean) {
  const times: number[] = [];
  let found = 0;
  for (const r of ranges) {
    const sel = { ...quoteSelectorAt(text, r.start, r.end) };
    const edited = edit(r);
    const t0 = performance.now();
    const m = findQuote(edited, sel, { start: r.start });
    times.push(performance.now() - t0);
    if (m) found++;
  }
  const s = stats(times);
  console.log(`${label.padEnd(34)} median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms; found ${found}/${ranges.length}${expectFound ? "" : " (should be few)"}`);
  return { ...s, found };
}

const baseline: number[] = [];
for (const r of ranges) {
  const q = text.slice(r.start, r.end);
  const t0 = performance.now();
  text.indexOf(q);
  baseline.push(performance.now() - t0);
}
console.log(`article: ${article.name}, ${text.length} characters, ${ranges.length} quotes`);
const results = {
  intact: run("intact", () => text, true),
  insertionBefore: run("insertion before the quote", (r) => text.slice(0, Math.max(0, r.start - 30)) + "A new sentence was added. " + text.slice(Math.max(0, r.start - 30)), true),
  editInside: run("word replaced inside the quote", (r) => {
    const mid = r.start + Math.floor((r.end - r.start) / 2);
    return text.slice(0, mid) + "REPLACED" + text.slice(mid + 4);
  }, true),
  deleted: run("quote deleted", (r) => text.slice(0, r.start) + text.slice(r.end), false),
};
const longStart = Math.floor(text.length / 3);
const longSel = quoteSelectorAt(text, longStart, longStart + 1500);
const longEdited = text.slice(0, longStart + 700) + " [an aside] " + text.slice(longStart + 700);
const t0 = performance.now();
const longMatch = findQuote(longEdited, longSel, { start: longStart });
const longMs = performance.now() - t0;
console.log(`1,500-character quote, edited        ${longMs.toFixed(2)} ms; found ${longMatch ? "yes" : "no"}`);
const base = stats(baseline);
console.log(`baseline indexOf                   median ${base.median} ms; intact/indexOf ×${(results.intact.median / Math.max(base.median, 0.001)).toFixed(1)}`);
console.log(JSON.stringify({ bench: "anchoring", article: article.name, synthetic: article.synthetic, characters: text.length, ...results, longQuoteMs: +longMs.toFixed(2), indexOfMedianMs: base.median }));
