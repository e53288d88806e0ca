/** Claim statuses, in workflow order, with what the UI shows for each. Pure. */
export const CLAIM_STATUSES = ["DRAFT", "RESEARCHING", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "CORRECTED"] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<TClaimStatus, string> = {
  DRAFT: "Draft",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  CORRECTED: "Corrected",
};

/**
 * Statuses a member may set by hand. The rest are reached through the review workflow (verdicts,
 * sign-offs, publication), which is not a free choice of a dropdown.
 */
export const MANUAL_CLAIM_STATUSES: readonly TClaimStatus[] = ["DRAFT", "RESEARCHING"];

export function canSetClaimStatusByHand(from: TClaimStatus, to: TClaimStatus): boolean {
  return from === to || (MANUAL_CLAIM_STATUSES.includes(from) && MANUAL_CLAIM_STATUSES.includes(to));
}
