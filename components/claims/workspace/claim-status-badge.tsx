import { CLAIM_STATUS_LABELS, type TClaimStatus } from "@/lib/domain/claims/claim-status";

// Same colours as the editor's highlights (components/claims/claim-status-style.ts); to be read
// from there once that file is in.
const CLAIM_STATUS_COLORS: Record<TClaimStatus, { badge: string; dot: string }> = {
  DRAFT: { badge: "bg-slate-100 text-slate-700 ring-slate-300", dot: "bg-slate-500" },
  RESEARCHING: { badge: "bg-sky-50 text-sky-800 ring-sky-200", dot: "bg-sky-500" },
  IN_REVIEW: { badge: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500" },
  CHANGES_REQUESTED: { badge: "bg-rose-50 text-rose-700 ring-rose-200", dot: "bg-rose-500" },
  APPROVED: { badge: "bg-teal-50 text-teal-800 ring-teal-200", dot: "bg-teal-500" },
  PUBLISHED: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-200", dot: "bg-emerald-600" },
  CORRECTED: { badge: "bg-violet-50 text-violet-700 ring-violet-200", dot: "bg-violet-500" },
};

/** The status as a coloured pill; the label is text, so colour is never the only signal. */
export function ClaimStatusBadge({ status }: { status: TClaimStatus }) {
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${CLAIM_STATUS_COLORS[status].badge}`}
    >
      <ClaimStatusDot status={status} className="h-1.5 w-1.5" />
      {CLAIM_STATUS_LABELS[status]}
    </span>
  );
}

/** A solid swatch of the status's colour (legends, filter chips); decorative, the label says the status. */
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
