import { locateInOriginal, type TOriginalText } from "@/lib/domain/anchoring/quote-in-original";
import type { TClaimDto } from "./claim-dto";

/**
 * Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one AnnotationPage per
 * document. Pure: the caller supplies the URLs.
 *
 * Choices, so readers of the export know what they get:
 * - `motivation` is "assessing" when the claim carries an assessment of its own — a restated claim
 *   that differs from the quoted words, or a named claimant — and "highlighting" when it is still
 *   only the marked span (its text is the quote, nobody named as claimant).
 * - `body` is a TextualBody holding the restated claim (purpose "describing"), plus one TextualBody
 *   per tag (purpose "tagging", as annotation tools export tags).
 * - `target.source` is the article's own URL when the document has one, else the document's page in
 *   the app. The selectors describe the source's text, i.e. the ORIGINAL import (the article's
 *   plain text as imported, blocks joined by a blank line), not Factdesk's editable working copy:
 *   the TextQuoteSelector (exact + prefix + suffix) is what re-anchors on the publisher's page, the
 *   TextPositionSelector is exact for the original text and approximate for the page.
 * - A claim whose quote was edited in the working copy points at the original's words it stands
 *   for, with a "commenting" body saying that the quote differs and what the working copy reads; a
 *   quote with nothing like it in the original (a note typed into the working copy) targets the
 *   working copy's page in the app instead, with a comment saying so. Documents whose original
 *   text is not kept (imported before it was) keep the working copy's selectors.
 * - Detached claims (their text was deleted or rewritten) are exported too, with the selectors they
 *   had when they were last attached: the quote still says what was claimed.
 * - Status, assignee, dates and checkworthiness are workflow data, not annotation data: they are in
 *   the JSON API and the CSV export.
 */

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export type TTextualBody = { type: "TextualBody"; value: string; format: "text/plain"; purpose: "describing" | "tagging" | "commenting" };

export type TWebAnnotation = {
  "@context"?: typeof ANNO_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  body: TTextualBody[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
  creator?: { type: "Person"; name: string };
  created: string;
  modified: string;
};

export type TAnnotationPage = {
  "@context": typeof ANNO_CONTEXT;
  id: string;
  type: "AnnotationPage";
  startIndex: 0;
  items: TWebAnnotation[];
};

type TAnnotatableClaim = Pick<TClaimDto, "id" | "text" | "quote" | "claimant" | "tags" | "createdBy" | "createdAt" | "updatedAt">;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function claimMotivation(claim: Pick<TClaimDto, "text" | "quote" | "claimant">): TWebAnnotation["motivation"] {
  const restated = collapse(claim.text) !== collapse(claim.quote.exact);
  return restated || Boolean(claim.claimant?.trim()) ? "assessing" : "highlighting";
}

export type TAnnotationTarget = {
  source: string;
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** Said in a commenting body when the quote is not the original's words. */
  note: string | null;
};

/**
 * What the annotation's target describes: the original's passage for the quote (see above).
 * `original` is the document's original text (null: not kept); `workingCopy` the document's page in the app.
 */
export function annotationTarget(claim: Pick<TClaimDto, "quote">, original: TOriginalText | null, urls: { source: string; workingCopy: string }): TAnnotationTarget {
  if (!original) return { source: urls.source, quote: claim.quote, note: null };
  const found = locateInOriginal(original, claim.quote);
  if (!found) {
    return {
      source: urls.workingCopy,
      quote: claim.quote,
      note: "The quote does not occur in the original article: it is from Factdesk's edited working copy of it.",
    };
  }
  const { verbatim, ...quote } = found;
  return {
    source: urls.source,
    quote,
    note: verbatim ? null : `The quote differs from the original article; the selectors give the original's words. Factdesk's edited working copy reads: “${claim.quote.exact}”`,
  };
}

export function claimToWebAnnotation(
  claim: TAnnotatableClaim,
  urls: { annotationId: string; source: string },
  target: TAnnotationTarget = { source: urls.source, quote: claim.quote, note: null },
): TWebAnnotation {
  const { quote } = target;
  return {
    id: urls.annotationId,
    type: "Annotation",
    motivation: claimMotivation(claim),
    body: [
      { type: "TextualBody", value: claim.text, format: "text/plain", purpose: "describing" },
      ...claim.tags.map((tag): TTextualBody => ({ type: "TextualBody", value: tag, format: "text/plain", purpose: "tagging" })),
      ...(target.note ? [{ type: "TextualBody", value: target.note, format: "text/plain", purpose: "commenting" } as const] : []),
    ],
    target: {
      source: target.source,
      selector: [
        { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: "TextPositionSelector", start: quote.start, end: quote.end },
      ],
    },
    ...(claim.createdBy ? { creator: { type: "Person" as const, name: claim.createdBy.name } } : {}),
    created: claim.createdAt,
    modified: claim.updatedAt,
  };
}

/**
 * The document's claims as one AnnotationPage (the whole set: a document's claims fit one page).
 * `annotationId(claim)` must give an absolute URL; `source` is the target resource's URL.
 */
export function claimsToAnnotationPage(
  claims: readonly TAnnotatableClaim[],
  urls: { pageId: string; source: string; workingCopy: string; annotationId: (claimId: string) => string },
  original: TOriginalText | null = null,
): TAnnotationPage {
  return {
    "@context": ANNO_CONTEXT,
    id: urls.pageId,
    type: "AnnotationPage",
    startIndex: 0,
    items: claims.map((c) =>
      claimToWebAnnotation(c, { annotationId: urls.annotationId(c.id), source: urls.source }, annotationTarget(c, original, urls)),
    ),
  };
}
