import type { TStance } from "@/lib/domain/evidence/stance";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";

/**
 * What a public verdict page shows, frozen into the Publication when it is published: the page
 * renders exactly this, never the working copy, so a later unapproved edit never reaches readers.
 * Only what is meant for readers is in it: no emails, no comments, no internal notes.
 */
export type TPublicVerdict = {
  claim: {
    /** The claim as checked (its normalized wording). */
    text: string;
    /** The words as they appeared in the article. */
    quote: string;
    claimant: string | null;
    /** YYYY-MM-DD or null. */
    claimDate: string | null;
    /** Where the claim appeared (http/https), or null. */
    appearanceUrl: string | null;
    appearanceTitle: string | null;
  };
  rating: {
    label: string;
    /** Null for a rating outside the scale ("Unverifiable"). */
    value: number | null;
    color: string;
    description: string;
    /** The scale's ends when published, for ClaimReview's bestRating/worstRating. */
    best: number | null;
    worst: number | null;
  };
  summary: string;
  /** The rationale's Tiptap JSON (validated against the rationale schema when saved). */
  rationale: TTiptapNode;
  rationaleText: string;
  evidence: TPublicEvidence[];
  /** Names, or empty when the workspace does not show them. */
  authors: string[];
  reviewers: string[];
  /** When the verdict this version publishes was approved. */
  approvedAt: string | null;
};

export type TPublicEvidence = {
  stance: TStance;
  excerpt: string;
  source: { title: string; url: string | null; type: string; publisher: string | null };
  /** The archived copy (Wayback) when there is one. */
  archiveUrl: string | null;
  /** Our own capture of the source (its readable text is public at /p/…/sources/{id}); absent in older publications. */
  snapshot?: { id: string; capturedAt: string } | null;
};

