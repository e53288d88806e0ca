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
 *   the app. The selectors count in the document's plain text as Factdesk holds it (blocks joined by
 *   a blank line), so the TextPositionSelector is exact for our text and approximate for the
 *   original page; the TextQuoteSelector (exact + prefix + suffix) is what re-anchors elsewhere.
 * - Detached claims (their text was deleted or rewritten) are exported too, with the selectors they
 *   had when they were last attached: the quote still says what was claimed.
 * - Status, assignee, dates and checkworthiness are workflow data, not annotation data: they are in
 *   the JSON API and the CSV export.
 */

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export type TTextualBody = { type: "TextualBody"; value: string; format: "text/plain"; purpose: "describing" | "tagging" };

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

export function claimToWebAnnotation(claim: TAnnotatableClaim, urls: { annotationId: string; source: string }): TWebAnnotation {
  return {
    id: urls.annotationId,
    type: "Annotation",
    motivation: claimMotivation(claim),
    body: [
      { type: "TextualBody", value: claim.text, format: "text/plain", purpose: "describing" },
      ...claim.tags.map((tag): TTextualBody => ({ type: "TextualBody", value: tag, format: "text/plain", purpose: "tagging" })),
    ],
    target: {
      source: urls.source,
      selector: [
        { type: "TextQuoteSelector", exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
        { type: "TextPositionSelector", start: claim.quote.start, end: claim.quote.end },
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
  urls: { pageId: string; source: string; annotationId: (claimId: string) => string },
): TAnnotationPage {
  return {
    "@context": ANNO_CONTEXT,
    id: urls.pageId,
    type: "AnnotationPage",
    startIndex: 0,
    items: claims.map((c) => claimToWebAnnotation(c, { annotationId: urls.annotationId(c.id), source: urls.source })),
  };
}
