import { findQuote } from "@/lib/domain/anchoring/find-quote";

/**
 * Where a quoted excerpt sits in a captured page's text, for the "quote not found in source" flag
 * and for highlighting it in the snapshot view. People paste excerpts from a browser, a PDF or a
 * chat: whitespace, typographic quotes, dashes and case differ from the page, and a word may be
 * mistyped. Both strings are folded the same way (with a map back to the text's own offsets), an
 * exact match of the folded excerpt is tried first, then the anchoring quote finder's fuzzy
 * search. Pure; offsets are UTF-16 code units into the ORIGINAL text, end exclusive.
 */

export type TExcerptMatch = { start: number; end: number; score: number };

/** Below this similarity the passage found is a different sentence, not a misquote of it. */
export const EXCERPT_FOUND_AT = 0.8;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A\u300C\u300D]/u;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
/** Invisible characters pages use for hyphenation or layout; nobody types them in an excerpt. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const SPACE = /\s/u;
/** Quote marks people put around a pasted excerpt; dropped at its ends before searching. */
const WRAPPING_QUOTES = /^["'\s]+|["'\s]+$/g;

export type TExcerptText = { folded: string; map: number[] };

function foldChar(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return "-";
  if (ch === "\u2026") return "...";
  return ch.toLowerCase();
}

/**
 * The comparison form of a string and, for each of its code units, the offset in the original of
 * the character it came from. Whitespace runs become one space; invisible characters vanish.
 */
function fold(text: string): TExcerptText {
  const out: string[] = [];
  const map: number[] = [];
  let inSpace = false;
  let i = 0;
  for (const ch of text) {
    const at = i;
    i += ch.length;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        out.push(" ");
        map.push(at);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const f = foldChar(ch);
    out.push(f);
    for (let k = 0; k < f.length; k++) map.push(at);
  }
  return { folded: out.join(""), map };
}

/** Original offsets of a folded span [start, end), trimmed of whitespace at both ends. */
function toOriginal(text: string, f: TExcerptText, start: number, end: number): { start: number; end: number } {
  let s = f.map[start] ?? text.length;
  const last = f.map[end - 1];
  let e = last === undefined ? s : last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function search(text: string, f: TExcerptText, needle: string): TExcerptMatch | null {
  if (!needle) return null;
  const at = f.folded.indexOf(needle);
  if (at >= 0) return { ...toOriginal(text, f, at, at + needle.length), score: 1 };
  const match = findQuote(f.folded, { exact: needle });
  if (!match || match.score < EXCERPT_FOUND_AT) return null;
  return { ...toOriginal(text, f, match.start, match.end), score: match.score };
}

export function findExcerpt(text: string, excerpt: string, folded?: TExcerptText): TExcerptMatch | null {
  const needle = fold(excerpt).folded.trim();
  if (!needle || !text) return null;
  const f = folded ?? fold(text);
  const found = search(text, f, needle);
  if (found) return found;
  const unwrapped = needle.replace(WRAPPING_QUOTES, "");
  return unwrapped && unwrapped !== needle ? search(text, f, unwrapped) : null;
}

/** Folds a text once for several excerpt searches in it (a source cited by many claims). */
export function prepareExcerptText(text: string): TExcerptText {
  return fold(text);
}
