import type { Node as PMNode } from "@tiptap/pm/model";
import { CLAIM_MARK } from "./claim-mark-name";

/**
 * Plain-text coordinates of a document, the ones W3C selectors count in: exactly the string
 * `nodeToPlainText` produces (textBetween with "\n\n" between blocks and "\n" for leaf nodes such
 * as hard breaks), with the ProseMirror position of every character. Isomorphic, no I/O.
 */
export type TTextSegment = {
  /** Offset of the segment's first character in `text`. */
  textStart: number;
  /** ProseMirror position of that character. */
  pmStart: number;
  length: number;
};

export type TTextMap = {
  text: string;
  /** Text nodes and leaf nodes in document order (block separators are the gaps between them). */
  segments: TTextSegment[];
};

const BLOCK_SEPARATOR = "\n\n";
const LEAF_TEXT = "\n";

export function buildTextMap(doc: PMNode): TTextMap {
  let text = "";
  let first = true;
  const segments: TTextSegment[] = [];
  // Mirrors Fragment.textBetween(0, size, "\n\n", "\n") so offsets match nodeToPlainText exactly.
  doc.nodesBetween(0, doc.content.size, (node, pos) => {
    const nodeText = node.isText ? (node.text ?? "") : !node.isLeaf ? "" : LEAF_TEXT;
    if (node.isBlock && ((node.isLeaf && nodeText) || node.isTextblock)) {
      if (first) first = false;
      else text += BLOCK_SEPARATOR;
    }
    if (nodeText) segments.push({ textStart: text.length, pmStart: pos, length: nodeText.length });
    text += nodeText;
  });
  return { text, segments };
}

/** Index of the last segment starting at or before `offset` (-1 if none). */
function segmentAtOrBefore(map: TTextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.segments[mid]!.textStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The ProseMirror range covering text offsets [start, end). A bound that falls on a block
 * separator snaps inward to the nearest character. Null when the range is empty, inverted, outside
 * the text, or covers no character at all.
 */
export function textRangeToPos(map: TTextMap, start: number, end: number): { from: number; to: number } | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > map.text.length || end <= start) return null;
  let i = segmentAtOrBefore(map, start);
  let from: number;
  const s = i >= 0 ? map.segments[i]! : undefined;
  if (s && start < s.textStart + s.length) from = s.pmStart + (start - s.textStart);
  else {
    const next = map.segments[i + 1];
    if (!next || next.textStart >= end) return null;
    from = next.pmStart;
  }
  i = segmentAtOrBefore(map, end - 1);
  const e = map.segments[i];
  if (!e) return null;
  const to = end <= e.textStart + e.length ? e.pmStart + (end - e.textStart) : e.pmStart + e.length;
  return to > from ? { from, to } : null;
}

/** The text offset of a ProseMirror position (positions between blocks map to the next character). */
export function posToTextOffset(map: TTextMap, pos: number): number {
  for (const s of map.segments) {
    if (pos < s.pmStart) return s.textStart;
    if (pos <= s.pmStart + s.length) return s.textStart + (pos - s.pmStart);
  }
  return map.text.length;
}

export type TTextRun = { start: number; end: number };

/**
 * Where each claim mark sits, in text offsets: per claim id, its runs in document order. Pieces
 * separated only by whitespace (a claim across two paragraphs, or split by a nested claim's
 * boundaries) are one run; a claim whose mark got cloned elsewhere has several runs, and the
 * caller picks the one that matches its quote.
 */
export function collectClaimRuns(doc: PMNode, map: TTextMap = buildTextMap(doc)): Map<string, TTextRun[]> {
  const pieces = new Map<string, TTextRun[]>();
  let segIndex = 0;
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const claimMarks = node.marks.filter((m) => m.type.name === CLAIM_MARK && typeof m.attrs.id === "string" && m.attrs.id);
    if (claimMarks.length === 0) return false;
    while (segIndex < map.segments.length && map.segments[segIndex]!.pmStart < pos) segIndex++;
    const seg = map.segments[segIndex];
    if (!seg || seg.pmStart !== pos) return false;
    for (const m of claimMarks) {
      const id = m.attrs.id as string;
      const list = pieces.get(id) ?? [];
      list.push({ start: seg.textStart, end: seg.textStart + seg.length });
      pieces.set(id, list);
    }
    return false;
  });
  const runs = new Map<string, TTextRun[]>();
  for (const [id, list] of pieces) {
    const merged: TTextRun[] = [];
    for (const p of list) {
      const last = merged.at(-1);
      if (last && p.start >= last.end && map.text.slice(last.end, p.start).trim() === "") last.end = Math.max(last.end, p.end);
      else merged.push({ ...p });
    }
    runs.set(id, merged);
  }
  return runs;
}
