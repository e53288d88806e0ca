import type { TPublicVerdict } from "./public-verdict";

/**
 * schema.org ClaimReview for a published verdict, as search engines and fact-check aggregators
 * read it (Google's ClaimReview fields: claimReviewed, reviewRating with alternateName and, for a
 * rating on the scale, ratingValue/bestRating/worstRating, itemReviewed Claim with author,
 * datePublished and appearance, author Organization, datePublished, url). Pure JSON: no
 * undefined, no empty strings.
 */
export type TClaimReviewInput = {
  url: string;
  verdict: TPublicVerdict;
  datePublished: string;
  dateModified: string | null;
  organization: { name: string; url: string; logoUrl?: string | null };
  /** The latest correction's note, when this version corrects an earlier one. */
  correction?: { text: string; datePublished: string } | null;
};

type TJson = string | number | boolean | null | TJson[] | { [k: string]: TJson };

const clean = (o: Record<string, TJson | undefined>): { [k: string]: TJson } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== "")) as { [k: string]: TJson };

export function buildClaimReview(input: TClaimReviewInput): { [k: string]: TJson } {
  const v = input.verdict;
  const onScale = v.rating.value !== null && v.rating.best !== null && v.rating.worst !== null;
  const org = clean({
    "@type": "Organization",
    name: input.organization.name,
    url: input.organization.url,
    logo: input.organization.logoUrl ?? undefined,
  });
  const itemReviewed = clean({
    "@type": "Claim",
    author: v.claim.claimant ? { "@type": "Person", name: v.claim.claimant } : undefined,
    datePublished: v.claim.claimDate ?? undefined,
    appearance: v.claim.appearanceUrl ? clean({ "@type": "CreativeWork", url: v.claim.appearanceUrl, headline: v.claim.appearanceTitle ?? undefined }) : undefined,
    firstAppearance: v.claim.appearanceUrl ? clean({ "@type": "CreativeWork", url: v.claim.appearanceUrl }) : undefined,
  });
  return clean({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: input.url,
    claimReviewed: v.claim.text,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? undefined,
    author: org,
    publisher: org,
    itemReviewed,
    reviewRating: clean({
      "@type": "Rating",
      alternateName: v.rating.label,
      ratingValue: onScale ? v.rating.value! : undefined,
      bestRating: onScale ? v.rating.best! : undefined,
      worstRating: onScale ? v.rating.worst! : undefined,
      ratingExplanation: v.rating.description || undefined,
    }),
    reviewBody: v.summary,
    correction: input.correction ? { "@type": "CorrectionComment", text: input.correction.text, datePublished: input.correction.datePublished } : undefined,
  });
}

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>`, `&` and the JavaScript line
 * separators escaped, so no claim text (say `</script><script>…`) can end the element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
