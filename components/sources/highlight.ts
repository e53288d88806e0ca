import { findExcerpt } from "@/lib/domain/evidence/find-excerpt";

export type THighlight = { key: string; index: number; start: number; end: number };
export type TSegment = { text: string; highlight: THighlight | null };

/**
 * Finds each excerpt in the captured text and cuts the text into plain and highlighted runs.
 * Where two excerpts overlap, the one starting first keeps the shared words and the other is
 * highlighted from where the first ends (each still counts as found).
 */
export function highlightExcerpts(text: string, excerpts: { key: string; excerpt: string }[]): { found: Map<string, THighlight>; segments: TSegment[] } {
  const found = new Map<string, THighlight>();
  excerpts.forEach((e, index) => {
    if (!e.excerpt.trim()) return;
    const m = findExcerpt(text, e.excerpt);
    if (m && m.end > m.start) found.set(e.key, { key: e.key, index, start: m.start, end: m.end });
  });
  const ordered = [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TSegment[] = [];
  let at = 0;
  for (const h of ordered) {
    const start = Math.max(h.start, at);
    if (start >= h.end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), highlight: null });
    segments.push({ text: text.slice(start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlight: null });
  return { found, segments };
}
