/**
 * W3C TextQuoteSelector computation over a document's plain text (the string `nodeToPlainText`
 * produces; offsets are UTF-16 code units, end exclusive, like TextPositionSelector). Pure.
 */

/** Characters of context kept on each side of a quote: enough to tell duplicates apart. */
export const QUOTE_CONTEXT = 32;

/** A half-open range [start, end) of plain-text offsets. */
export type TTextSpan = { start: number; end: number };

export type TTextQuote = { exact: string; prefix: string; suffix: string };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The quote at [start, end) with up to QUOTE_CONTEXT characters before and after. Context edges
 * never split a surrogate pair: a lone surrogate cannot be stored as UTF-8 (PostgreSQL would get
 * U+FFFD), and the stored prefix would then never match the text again. Bounds are clamped.
 */
export function quoteSelectorAt(text: string, start: number, end: number): TTextQuote {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let prefixStart = Math.max(0, s - QUOTE_CONTEXT);
  if (prefixStart > 0 && prefixStart < s && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) {
    prefixStart += 1;
  }
  let suffixEnd = Math.min(text.length, e + QUOTE_CONTEXT);
  if (suffixEnd > e && suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd -= 1;
  }
  return { exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) };
}
