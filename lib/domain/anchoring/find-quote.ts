import search from "approx-string-match";
import { DETACH_BELOW, editSimilarity, quoteSimilarity } from "./quote-similarity";
import type { TTextSpan } from "./text-quote";

/**
 * Finds where a stored quote sits in a document's current text, the way annotation tools
 * re-anchor (fuzzy search of the quote, then the surrounding context and the old position decide
 * between candidates). Used to propose a span for a detached claim. Pure; offsets are UTF-16 code
 * units into the plain text, end exclusive.
 */

export type TQuoteMatch = { start: number; end: number; exact: string; score: number };

/** Errors allowed when searching for a quote: a quarter of its length, capped (cost grows with it). */
export const MAX_ERROR_RATIO = 0.25;
export const MAX_ERRORS = 64;
/** Quotes longer than this are searched by their head and tail; Myers' cost grows with errors allowed. */
export const LONG_QUOTE = 256;
const LONG_QUOTE_SLICE = 128;
/** Relative weights of quote, prefix, suffix and position in a candidate's score. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_CANDIDATES = 500;
/** Candidates whose boundaries get refined and whose quote similarity is computed in full. */
const REFINED = 5;
const ROUGH_MARGIN = 0.15;
/** How far a boundary may move when refined (Myers reports the shortest of equally good matches). */
const MAX_SLACK = 16;
/** Characters compared at each end of a long quote when refining its boundaries. */
const EDGE = 64;
const MIN_WINDOW = 2048;

type TCandidate = TTextSpan & { errors: number };

function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATIO));
}

/**
 * Myers' search reports only the lowest-error matches of the whole text, so an edited occurrence
 * would be hidden by an intact duplicate elsewhere. Searching overlapping windows keeps the best
 * match of every region; the overlap is as long as the longest possible match, so none is cut.
 */
function searchInWindows(text: string, pattern: string, maxErrors: number, offset = 0): TCandidate[] {
  const longest = pattern.length + maxErrors;
  const size = Math.max(MIN_WINDOW, longest * 4);
  const step = size - longest;
  const out: TCandidate[] = [];
  for (let from = 0; from < text.length; from += step) {
    for (const m of search(text.slice(from, from + size), pattern, maxErrors)) {
      out.push({ start: offset + from + m.start, end: offset + from + m.end, errors: m.errors });
    }
    if (from + size >= text.length) break;
  }
  return out;
}

/**
 * Where the quote sits inside its own context: finds prefix+exact+suffix, then the quote within
 * that region, so a duplicate a few words away cannot hide the occurrence whose context matches.
 */
function searchInContext(text: string, exact: string, prefix: string, suffix: string): TCandidate[] {
  const pattern = prefix + exact + suffix;
  if (!prefix && !suffix) return [];
  const out: TCandidate[] = [];
  for (const region of searchInWindows(text, pattern, maxErrorsFor(pattern.length))) {
    const from = Math.max(0, region.start);
    for (const m of search(text.slice(from, region.end), exact, maxErrorsFor(exact.length))) {
      out.push({ start: from + m.start, end: from + m.end, errors: m.errors });
    }
  }
  return out;
}

/**
 * Candidates for a long quote: matches of its head and of its tail, paired when the distance
 * between them fits the quote's length, else extended by that length.
 */
function longQuoteCandidates(text: string, exact: string): TCandidate[] {
  const len = exact.length;
  const sliceErrors = maxErrorsFor(LONG_QUOTE_SLICE);
  const heads = searchInWindows(text, exact.slice(0, LONG_QUOTE_SLICE), sliceErrors);
  const tails = searchInWindows(text, exact.slice(-LONG_QUOTE_SLICE), sliceErrors);
  const out: TCandidate[] = [];
  const pairedTails = new Set<TCandidate>();
  for (const h of heads) {
    let best: TCandidate | undefined;
    for (const t of tails) {
      const span = t.end - h.start;
      if (t.start < h.start || span < len * 0.5 || span > len * 1.5) continue;
      if (!best || Math.abs(t.end - h.start - len) < Math.abs(best.end - h.start - len)) best = t;
    }
    if (best) {
      pairedTails.add(best);
      out.push({ start: h.start, end: best.end, errors: h.errors + best.errors });
    } else out.push({ start: h.start, end: Math.min(text.length, h.start + len), errors: h.errors + sliceErrors + 1 });
  }
  for (const t of tails) {
    if (!pairedTails.has(t)) out.push({ start: Math.max(0, t.end - len), end: t.end, errors: t.errors + sliceErrors + 1 });
  }
  return out;
}

function uniqueBest(candidates: TCandidate[], limit: number): TCandidate[] {
  const byRange = new Map<string, TCandidate>();
  for (const c of candidates) {
    const key = `${c.start}:${c.end}`;
    const seen = byRange.get(key);
    if (!seen || c.errors < seen.errors) byRange.set(key, c);
  }
  return [...byRange.values()].sort((a, b) => a.errors - b.errors || a.start - b.start).slice(0, limit);
}

type TScorer = {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  hint: number | null;
};

function contextScore(sc: TScorer, start: number, end: number, quoteScore: number): number {
  let total = WEIGHT.quote * quoteScore;
  let weights = WEIGHT.quote;
  if (sc.prefix) {
    total += WEIGHT.prefix * quoteSimilarity(sc.text.slice(Math.max(0, start - sc.prefix.length), start), sc.prefix);
    weights += WEIGHT.prefix;
  }
  if (sc.suffix) {
    total += WEIGHT.suffix * quoteSimilarity(sc.text.slice(end, end + sc.suffix.length), sc.suffix);
    weights += WEIGHT.suffix;
  }
  if (sc.hint !== null) {
    total += WEIGHT.position * (1 - Math.min(1, Math.abs(start - sc.hint) / sc.text.length));
    weights += WEIGHT.position;
  }
  return total / weights;
}

const COMBINING = /\p{M}/u;

/** Boundaries never split a surrogate pair or separate a letter from its combining accents. */
function snapStart(text: string, start: number): number {
  let s = start;
  while (s > 0 && (COMBINING.test(text[s] ?? "") || isLowSurrogateAt(text, s))) s--;
  return s;
}

function snapEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && (COMBINING.test(text[e] ?? "") || isLowSurrogateAt(text, e))) e++;
  return e;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

/**
 * Moves a candidate's boundaries to where quote and context fit best. Raw (not whitespace
 * normalised) similarity, so a boundary does not drift onto a space; a long quote compares its
 * first and last EDGE characters only.
 */
function refine(sc: TScorer, c: TCandidate): TTextSpan {
  const slack = c.errors > 0 ? Math.min(MAX_SLACK, 2 * c.errors + 1) : 0;
  const { text, exact } = sc;
  const long = exact.length > LONG_QUOTE;
  let start = c.start;
  let end = c.end;
  if (slack > 0) {
    let best = -1;
    for (let s = Math.max(0, c.start - slack); s <= Math.min(c.end - 1, c.start + slack); s++) {
      const body = long ? editSimilarity(text.slice(s, s + EDGE), exact.slice(0, EDGE)) : editSimilarity(text.slice(s, c.end), exact);
      const context = sc.prefix ? editSimilarity(text.slice(Math.max(0, s - sc.prefix.length), s), sc.prefix) : 0;
      const fit = WEIGHT.quote * body + WEIGHT.prefix * context;
      if (fit > best) {
        best = fit;
        start = s;
      }
    }
    best = -1;
    for (let e = Math.min(text.length, c.end + slack); e >= Math.max(start + 1, c.end - slack); e--) {
      const body = long ? editSimilarity(text.slice(Math.max(start, e - EDGE), e), exact.slice(-EDGE)) : editSimilarity(text.slice(start, e), exact);
      const context = sc.suffix ? editSimilarity(text.slice(e, e + sc.suffix.length), sc.suffix) : 0;
      const fit = WEIGHT.quote * body + WEIGHT.suffix * context;
      if (fit > best) {
        best = fit;
        end = e;
      }
    }
  }
  return { start: snapStart(text, start), end: snapEnd(text, end) };
}

export function findQuote(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
  hint?: { start?: number },
): TQuoteMatch | null {
  const { exact } = quote;
  if (!exact.trim() || !text) return null;
  const hintStart = hint?.start;
  const sc: TScorer = {
    text,
    exact,
    prefix: quote.prefix ?? "",
    suffix: quote.suffix ?? "",
    hint: typeof hintStart === "number" && Number.isFinite(hintStart) ? hintStart : null,
  };

  const long = exact.length > LONG_QUOTE;
  let found: TCandidate[];
  if (long) found = uniqueBest(longQuoteCandidates(text, exact), MAX_CANDIDATES);
  else {
    const inWindows = searchInWindows(text, exact, maxErrorsFor(exact.length));
    // The usual case, text unchanged around the quote: nothing can score higher, skip the rest.
    const intact = inWindows.filter(
      (c) => c.errors === 0 && text.slice(c.start - sc.prefix.length, c.start) === sc.prefix && text.slice(c.end, c.end + sc.suffix.length) === sc.suffix,
    );
    if (intact.length > 0 && (sc.prefix || sc.suffix || intact.length === 1)) {
      const nearest = sc.hint === null ? intact[0]! : intact.reduce((a, b) => (Math.abs(b.start - sc.hint!) < Math.abs(a.start - sc.hint!) ? b : a));
      return { start: nearest.start, end: nearest.end, exact, score: contextScore(sc, nearest.start, nearest.end, 1) };
    }
    found = uniqueBest([...inWindows, ...searchInContext(text, exact, sc.prefix.slice(-32), sc.suffix.slice(0, 32))], MAX_CANDIDATES);
  }
  if (found.length === 0) return null;

  // A cheap first ranking from Myers' error counts; only the best few get the exact treatment.
  const errorBase = long ? 2 * LONG_QUOTE_SLICE : exact.length;
  const ranked = found
    .map((c) => ({ c, rough: contextScore(sc, c.start, c.end, Math.max(0, 1 - c.errors / errorBase)) }))
    .sort((a, b) => b.rough - a.rough)
    .slice(0, REFINED);
  // Refinement moves a score by little: candidates far behind the leader cannot catch up.
  const reachable = ranked.filter((r) => r.rough >= ranked[0]!.rough - ROUGH_MARGIN);

  let best: TQuoteMatch | null = null;
  for (const { c } of reachable) {
    const span = refine(sc, c);
    const candidateText = text.slice(span.start, span.end);
    const quoteScore = quoteSimilarity(candidateText, exact, DETACH_BELOW);
    if (quoteScore < DETACH_BELOW) continue;
    const score = contextScore(sc, span.start, span.end, quoteScore);
    if (!best || score > best.score) best = { ...span, exact: candidateText, score };
  }
  return best;
}
