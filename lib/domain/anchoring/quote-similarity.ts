/**
 * How alike two quotes are, 0..1 (1 = the same after whitespace normalisation): one minus the
 * Levenshtein distance over the longer length. Used to decide whether the text under a claim
 * still is the claim (DETACH_BELOW) and to score re-anchoring candidates. Pure.
 */

/** Below this similarity to its stored quote, the text under a claim no longer counts as the claim. */
export const DETACH_BELOW = 0.5;

/**
 * Whitespace differences are not edits a reader would notice (a claim across two paragraphs that
 * get joined, a double space); NFC makes composed and decomposed accents the same letter.
 */
export function normalizeQuote(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Levenshtein distance if it is at most `k`, else `k + 1`. Only the diagonal band |i - j| <= k is
 * computed (Ukkonen), so similar strings cost O(k·n) instead of O(n·m).
 */
export function boundedEditDistance(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const big = k + 1;
  if (Math.abs(n - m) > k) return big;
  if (n === 0 || m === 0) return Math.max(n, m);
  let prev = new Int32Array(m + 2);
  let cur = new Int32Array(m + 2);
  for (let j = 0; j <= m + 1; j++) prev[j] = j <= k ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 ? Math.min(i, big) : big;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Cells just outside the band read by the next row must count as "too far".
    cur[hi + 1] = big;
    if (rowMin > k) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, big);
}

/**
 * Similarity of two quotes, 0..1. With `floor` > 0 the caller only cares whether the result
 * reaches `floor`: the search stops early and returns some value below `floor` when it cannot.
 */
export function quoteSimilarity(a: string, b: string, floor = 0): number {
  return editSimilarity(normalizeQuote(a), normalizeQuote(b), floor);
}

/** Like quoteSimilarity, but every character counts (no normalisation): for exact boundaries. */
export function editSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const maxLen = Math.max(a.length, b.length);
  // Common ends cost nothing; most edits touch a small part of a quote.
  let head = 0;
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const limit = Math.max(x.length, y.length);
  const giveUpAt = floor > 0 ? Math.min(limit, Math.floor((1 - floor) * maxLen)) : limit;
  // Widen the band until the distance fits in it: cost follows the real distance.
  let k = Math.min(giveUpAt, Math.max(16, Math.abs(x.length - y.length)));
  for (;;) {
    const d = boundedEditDistance(x, y, k);
    if (d <= k) return 1 - d / maxLen;
    if (k >= giveUpAt) return Math.max(0, 1 - (giveUpAt + 1) / maxLen);
    k = Math.min(giveUpAt, k * 2);
  }
}
