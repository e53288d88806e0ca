import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_COLORS, claimStatusLabel } from "./claim-status-style";

/** The status as a pill in its colour family; the label is text, so colour is never the only signal. */
export function ClaimStatusBadge({ status, className = "" }: { status: TClaimStatus; className?: string }) {
  const color = CLAIM_STATUS_COLORS[status] ?? CLAIM_STATUS_COLORS.DRAFT;
  return (
    <span
      data-status={status}
      data-testid="claim-status"
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${color.badge} ${className}`}
    >
      <span className={`size-1.5 shrink-0 rounded-full ${color.dot}`} aria-hidden="true" />
      {claimStatusLabel(status)}
    </span>
  );
}

/**
 * "Quote differs from the original": the claim's words are not in the article as imported (the
 * working copy was edited there). Icon and words, never colour alone.
 */
export function QuoteDiffersBadge({ className = "" }: { className?: string }) {
  return (
    <span
      data-testid="quote-differs"
      title="The quoted words do not occur in the original article as imported: the working copy was edited there. See the Original tab."
      className={`inline-flex items-center gap-1 rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-rose-800 ring-1 ring-rose-200 ring-inset ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.8" className="h-3 w-3">
        <path d="M4 7h12M4 13h12M13 3 7 17" strokeLinecap="round" />
      </svg>
      Quote differs from original
    </span>
  );
}
