import { findQuote } from "./find-quote";
import { normalizeQuote } from "./quote-similarity";
import { quoteSelectorAt, type TTextQuote } from "./text-quote";

/**
 * Does a claim's quote still say what the article said? The working copy of a document can be
 * edited (import clean-up, or by mistake); the original import cannot. A quote counts as in the
 * original when its words occur there verbatim, up to whitespace and Unicode normalisation (the
 * same folding as quote similarity: a paragraph break the importer kept is not an edit). Pure.
 */

/** An original article text, normalised once for many quote checks. */
export type TOriginalText = { text: string; normalized: string };

export function prepareOriginal(text: string): TOriginalText {
  return { text, normalized: normalizeQuote(text) };
}

export function quoteInOriginal(original: TOriginalText, exact: string): boolean {
  const quote = normalizeQuote(exact);
  return quote.length > 0 && original.normalized.includes(quote);
}

/** Where a quote sits in the original: W3C selectors over the original's text, and whether its words are the quote's. */
export type TOriginalQuote = TTextQuote & { start: number; end: number; verbatim: boolean };

/**
 * The passage of the original a quote stands for, found with the re-anchoring search (context and
 * old position break ties between duplicates, and an edited quote finds the words it replaced),
 * or null when nothing there resembles it. `verbatim` is false when the original's words differ.
 */
export function locateInOriginal(original: TOriginalText, quote: { exact: string; prefix: string; suffix: string; start: number }): TOriginalQuote | null {
  const match = findQuote(original.text, quote, { start: quote.start });
  if (!match) return null;
  const verbatim = normalizeQuote(match.exact) === normalizeQuote(quote.exact);
  return { ...quoteSelectorAt(original.text, match.start, match.end), start: match.start, end: match.end, verbatim };
}
