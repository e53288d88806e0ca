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
