import type { APIRequestContext } from "@playwright/test";

export type TSpan = { start: number; end: number };

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** The word-aligned span of about `length` characters starting at or after `from`, within one paragraph. */
function wordSpan(text: string, from: number, length: number): TSpan | null {
  let s = from;
  // Start at the beginning of a word.
  while (s < text.length && !(isSpace(text[s - 1]) && !isSpace(text[s]))) s++;
  if (s >= text.length) return null;
  const paragraphEnd = text.indexOf("\n", s);
  const limit = paragraphEnd < 0 ? text.length : paragraphEnd;
  let e = Math.min(limit, s + length);
  // End at the end of a word.
  while (e > s && !(isSpace(text[e]) || e === limit)) e--;
  while (e > s && isSpace(text[e - 1])) e--;
  return e - s >= 8 ? { start: s, end: e } : null;
}

/**
 * `count` claim spans spread evenly over the text, the way a reviewer marks a long article: mostly
 * sentence-sized spans of ~40–110 characters, and every tenth claim nested inside the previous one
 * (overlapping marks are part of what the editor must render).
 */
export function planClaimSpans(text: string, count: number): TSpan[] {
  const nestedCount = Math.floor(count / 10);
  const outerCount = count - nestedCount;
  const stride = text.length / outerCount;
  const spans: TSpan[] = [];
  let cursor = 0;
  for (let i = 0; spans.length < count; i++) {
    if (spans.length % 10 === 9) {
      const outer = spans[spans.length - 1]!;
      const inner = wordSpan(text, outer.start + Math.floor((outer.end - outer.start) / 4), Math.floor((outer.end - outer.start) / 2));
      if (inner && inner.end <= outer.end) {
        spans.push(inner);
        continue;
      }
    }
    const from = Math.max(cursor, Math.floor((spans.length - Math.floor(spans.length / 10)) * stride));
    const span = wordSpan(text, from, 40 + ((i * 37) % 70));
    if (!span) {
      if (from >= text.length) throw new Error(`only ${spans.length} claim spans fit in ${text.length} characters`);
      cursor = from + 1;
      continue;
    }
    spans.push(span);
    cursor = span.end + 1;
  }
  return spans;
}

/** Marks the spans as claims through the claims API, one request each (as the editor's "Mark claim" does). */
export async function createClaims(request: APIRequestContext, baseUrl: string, slug: string, documentId: string, text: string, spans: TSpan[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, s] of spans.entries()) {
    const res = await request.post(`${baseUrl}/api/w/${slug}/claims`, {
      data: { documentId, start: s.start, end: s.end, exact: text.slice(s.start, s.end), checkworthiness: 1 + (i % 5), tags: ["bench"] },
    });
    if (!res.ok()) throw new Error(`claim ${i} (${s.start}-${s.end}) refused: ${res.status()} ${await res.text()}`);
    ids.push(((await res.json()) as { claim: { id: string } }).claim.id);
  }
  return ids;
}
