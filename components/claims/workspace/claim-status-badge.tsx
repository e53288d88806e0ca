import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_COLORS } from "../claim-status-style";

// One palette for claim statuses everywhere (editor highlights and panel, this page, the overview):
// it lives in components/claims/claim-status-style.ts, next to the editor's highlight rules.
export { ClaimStatusBadge, QuoteDiffersBadge } from "../claim-status-badge";

export const claimStatusDotClass = (status: TClaimStatus) => CLAIM_STATUS_COLORS[status].dot;

export function ClaimStatusDot({ status, className = "h-2 w-2" }: { status: TClaimStatus; className?: string }) {
  return <span aria-hidden="true" className={`inline-block shrink-0 rounded-full ${CLAIM_STATUS_COLORS[status].dot} ${className}`} />;
}

/** "Needs re-anchoring": the claim's text was deleted or rewritten and it waits to be attached again. */
export function DetachedBadge({ className = "" }: { className?: string }) {
  return (
    <span
      title="The text this claim quoted was deleted or rewritten. Open it in the document to attach it again."
      className={`inline-flex items-center gap-1 rounded-full bg-orange-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-orange-800 ring-1 ring-orange-200 ring-inset ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-3 w-3">
        <path
          fillRule="evenodd"
          d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495zM10 6a.75.75 0 01.75.75v3.5a.75.75 0 01-1.5 0v-3.5A.75.75 0 0110 6zm0 9a1 1 0 100-2 1 1 0 000 2z"
          clipRule="evenodd"
        />
      </svg>
      Needs re-anchoring
    </span>
  );
}
