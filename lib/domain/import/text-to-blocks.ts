import { isBoilerplateLine } from "./boilerplate";

/**
 * Plain text → blocks. Real pasted articles come in three shapes, often mixed in one file:
 * one paragraph per line (no wrapping), paragraphs separated by blank lines, and text
 * hard-wrapped at ~70–80 columns with or without blank lines between paragraphs. We keep
 * paragraphs as paragraphs, join wrapped lines back into them, and spot headings and lists
 * where the text makes them obvious.
 */
/** Far beyond any article (the longest we know has ~100 paragraphs); the editor slows to a crawl past it. */
export const MAX_BLOCKS = 20_000;

export type TBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; lines: string[] }
  | { type: "list"; ordered: boolean; start: number; items: string[] };

const LIST_ITEM = /^(?:([-*•‣◦▪])|(\d{1,3})[.)])\s+(?=\S)/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** Sentence-final: ends in . ! ? … or : (optionally followed by closing quotes/brackets). */
function endsSentence(line: string): boolean {
  return /[.!?…:]["'”’»)\]]*$/.test(line);
}

function firstWord(line: string): string {
  return line.trimStart().split(/\s+/, 1)[0] ?? "";
}

function isDateline(line: string): boolean {
  return /\b(1[89]|20)\d{2}\b/.test(line) && MONTH.test(line) && line.length <= 60;
}

/** Short, mostly Capitalised Words, no closing punctuation: a headline or section heading. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110 || /[.,;:!?]["'”’)]*$/.test(t) || URL_LINE.test(t) || isDateline(t)) return false;
  if (/^by\s/i.test(t) || LIST_ITEM.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 16) return false;
  const significant = words.filter((w) => /^[\p{L}][\p{L}'’-]{3,}/u.test(w));
  if (significant.length < 2) return false;
  const capitalised = significant.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.6;
}

/** The first line of a paste is its headline when it is short and not a sentence, even in sentence case. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.length <= 150 && !/[.,;:]["'”’)]*$/.test(t) && !/^by\s/i.test(t) && !URL_LINE.test(t) && !isDateline(t) && !LIST_ITEM.test(t) && /\p{L}{2}/u.test(t);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

type TLineGroup = { kind: "para"; lines: string[]; hard: boolean } | { kind: "item"; ordered: boolean; number: number; text: string };

/**
 * Splits one blank-line-separated block into paragraphs and list items.
 * Hard-wrapped text is reflowed with the rule a wrapping editor obeys: a line ends early only
 * if the next word would not have fitted, so a short line ends its paragraph, unless it reads
 * like the start of a sentence that continues (some sources indent or shorten first lines).
 */
function splitBlock(lines: string[]): TLineGroup[] {
  const out: TLineGroup[] = [];
  const lengths = lines.map((l) => l.length);
  const median = percentile(lengths, 0.5);
  const width = percentile(lengths, 0.8);
  const wrapped = lines.length > 1 && median >= 40 && width <= 100;
  const shortLines = lines.length > 1 && width < 40;

  let para: string[] | null = null;
  let item: Extract<TLineGroup, { kind: "item" }> | null = null;
  const flush = () => {
    if (para?.length) out.push({ kind: "para", lines: para, hard: shortLines });
    para = null;
    item = null;
  };

  const fits = (i: number) => {
    const next = lines[i + 1];
    return next === undefined || lines[i]!.length + 1 + firstWord(next).length <= width;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = LIST_ITEM.exec(line);
    if (m) {
      flush();
      item = { kind: "item", ordered: !m[1], number: m[2] ? Number(m[2]) : 1, text: line.slice(m[0].length) };
      out.push(item);
    } else if (item && (wrapped || shortLines)) {
      // A wrapped continuation of the current list item.
      item.text += " " + line;
    } else if (!wrapped) {
      // One line per paragraph (long lines), or a short-line block kept as lines with hard breaks.
      if (shortLines) (para ??= []).push(line);
      else {
        flush();
        out.push({ kind: "para", lines: [line], hard: false });
      }
    } else {
      (para ??= []).push(line);
    }
    if (!wrapped || item) continue;
    // Decide whether the paragraph ends after this line.
    const next = lines[i + 1];
    if (next === undefined) continue;
    let breakHere = false;
    if (LIST_ITEM.test(next) || URL_LINE.test(line) || URL_LINE.test(next) || isDateline(next)) breakHere = true;
    else if (fits(i) && !/^\p{Ll}/u.test(next)) {
      // A new paragraph never starts in lower case; two short lines in a row are lines of their own.
      breakHere = endsSentence(line) || isDateline(line) || fits(i + 1);
    } else if (endsSentence(line) && !/^\p{Ll}/u.test(next) && lines[i + 2] !== undefined && fits(i + 1) && !endsSentence(next)) {
      // A full line ending a sentence, then a short line that goes on: sources that shorten (indent)
      // a paragraph's first line start one here, though the full line gives no sign of it.
      breakHere = true;
    }
    if (breakHere) flush();
  }
  flush();
  return out;
}

/** Joins a paragraph's wrapped lines; a hyphen at a line end that splits a word is kept (we cannot tell). */
function joinWrapped(lines: string[]): string {
  return lines.map((l) => l.trim()).filter(Boolean).join(" ").replace(/ {2,}/g, " ");
}

export function textToBlocks(text: string): TBlock[] {
  const rawBlocks: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split("\n")) {
    // trimEnd, not /\s+$/: that pattern is quadratic on a long run of spaces inside a line.
    const line = raw.trimEnd();
    if (!line.trim()) {
      if (current.length) rawBlocks.push(current);
      current = [];
      continue;
    }
    if (isBoilerplateLine(line)) continue;
    current.push(line.trim());
  }
  if (current.length) rawBlocks.push(current);

  const groups = rawBlocks.flatMap(splitBlock);
  const blocks: TBlock[] = [];
  for (const g of groups) {
    if (g.kind === "item") {
      const last = blocks.at(-1);
      if (last?.type === "list" && last.ordered === g.ordered) last.items.push(g.text.trim());
      else blocks.push({ type: "list", ordered: g.ordered, start: g.number, items: [g.text.trim()] });
      continue;
    }
    const lines = g.hard ? g.lines.map((l) => l.trim()) : [joinWrapped(g.lines)];
    if (lines.length === 1 && (isTitleLike(lines[0]!) || (blocks.length === 0 && groups.length > 1 && isHeadline(lines[0]!)))) {
      blocks.push({ type: "heading", level: blocks.length === 0 ? 1 : 2, text: lines[0]! });
    } else {
      blocks.push({ type: "paragraph", lines });
    }
  }
  // A heading with nothing after it, or two headings in a row at the end, is more likely a stray line.
  const last = blocks.at(-1);
  if (last?.type === "heading" && blocks.length > 1) blocks[blocks.length - 1] = { type: "paragraph", lines: [last.text] };
  return blocks;
}
