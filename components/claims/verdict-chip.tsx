import type { TClaimDto } from "@/lib/domain/claims/claim-dto";

/**
 * A claim's current verdict where the claim is listed: the rating's label beside its colour swatch
 * (never colour alone) and, in review, how many approvals it has of how many needed.
 */
export function VerdictChip({ claim }: { claim: Pick<TClaimDto, "verdict" | "approvals" | "requiredApprovals" | "status"> }) {
  if (!claim.verdict) return null;
  const { rating } = claim.verdict;
  const counting = claim.status === "IN_REVIEW" || claim.status === "APPROVED";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs whitespace-nowrap text-slate-700" data-testid="verdict-chip">
      <span className="inline-flex items-center gap-1 rounded-full bg-white px-2 py-0.5 font-medium text-slate-900 ring-1 ring-slate-300 ring-inset">
        <span className="size-2 shrink-0 rounded-full" style={{ backgroundColor: rating.color }} aria-hidden="true" />
        {rating.label}
      </span>
      {counting && (
        <span title="Approvals toward the quorum">
          {claim.approvals.length}/{claim.requiredApprovals}
          <span className="sr-only"> approvals</span>
        </span>
      )}
    </span>
  );
}
