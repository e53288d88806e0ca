import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TStanceSummary } from "@/lib/domain/evidence/stance";
import type { TApprovalDto, TClaimPriority, TVerdictSummaryDto } from "@/lib/domain/reviews/review-dto";
import type { TClaimStatus } from "./claim-status";

/**
 * A claim as the API returns it and as the UI receives it. Dates are ISO strings (`claimDate`,
 * `dueDate`: YYYY-MM-DD). `quote` holds the W3C selectors over the document's plain text.
 */
export type TClaimDto = {
  id: string;
  documentId: string;
  documentTitle: string;
  status: TClaimStatus;
  /** The claim restated as one checkable sentence. */
  text: string;
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** Set when the claim's text was deleted or rewritten beyond recognition: it needs re-anchoring. */
  detachedAt: string | null;
  /**
   * Whether the quote's words occur in the document's original import (false: the working copy
   * was edited there, so the quote is not what the article said); null when no original text is kept.
   */
  quoteInOriginal: boolean | null;
  claimant: string | null;
  claimDate: string | null;
  appearanceUrl: string | null;
  checkworthiness: number | null;
  tags: string[];
  assignee: { id: string; name: string; email: string } | null;
  dueDate: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** The sources cited on the claim, in the team's order (position). */
  evidence: TEvidenceDto[];
  /** Counts of `evidence` per stance (and of excerpts not found in their source). */
  stanceSummary: TStanceSummary;
  priority: TClaimPriority;
  /** Reviewers asked to sign off the verdict. */
  requestedReviewers: { id: string; name: string }[];
  /** The current verdict (latest version), or null before one is proposed. */
  verdict: TVerdictSummaryDto | null;
  /** Approvals that still stand (voided ones are in the review view's history). */
  approvals: TApprovalDto[];
  /** The workspace's quorum, 1 to 5. */
  requiredApprovals: number;
  /** Optimistic-concurrency version: send it back with a PATCH. */
  version: number;
};

export type TClaimList = { claims: TClaimDto[]; total: number; page: number; pageSize: number };
