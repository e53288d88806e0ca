import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { ClaimStatusDot, claimStatusDotClass } from "./claim-status-badge";
import { claimsHref, claimsWithStatusHref } from "./claims-href";

/** The overview's "Claims by status": a proportion bar and one link per status into the filtered claims page. */
export function ClaimStatusSummary({ slug, counts, canMark }: { slug: string; canMark: boolean; counts: { byStatus: Record<TClaimStatus, number>; detached: number; total: number } }) {
  const { byStatus, detached, total } = counts;
  return (
    <Card
      title="Claims by status"
      description={total === 0 ? "Claims marked in documents, and where their checks stand." : `${total} ${total === 1 ? "claim" : "claims"} across this workspace’s documents.`}
      actions={
        total > 0 ? (
          <Link href={`/w/${slug}/claims`} className="shrink-0 text-sm font-medium whitespace-nowrap text-brand-700 hover:underline">
            All claims
          </Link>
        ) : null
      }
    >
      {total === 0 ? (
        <EmptyState title="No claims yet">
          {canMark
            ? "Open a document, select a sentence and choose “Mark claim”. Claims then show here by status."
            : "When your team marks claims in documents, they show here by status."}
        </EmptyState>
      ) : (
        <>
          <div className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
            {CLAIM_STATUSES.filter((s) => byStatus[s] > 0).map((s) => (
              <span key={s} className={`${claimStatusDotClass(s)} h-full border-r border-white last:border-r-0`} style={{ width: `${(byStatus[s] / total) * 100}%` }} />
            ))}
          </div>
          <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
            {CLAIM_STATUSES.map((s) => (
              <li key={s}>
                <Link
                  href={claimsWithStatusHref(slug, s)}
                  className="flex h-full flex-col justify-between rounded-md px-3 py-2 ring-1 ring-slate-200 ring-inset hover:bg-slate-50 hover:ring-brand-500"
                >
                  <span className="flex items-start gap-1.5 text-xs leading-tight text-slate-600">
                    <ClaimStatusDot status={s} className="mt-[3px] h-2 w-2" />
                    <span>{CLAIM_STATUS_LABELS[s]}</span>
                  </span>
                  <span className={`mt-0.5 block text-lg font-semibold tabular-nums ${byStatus[s] ? "text-slate-900" : "text-slate-400"}`}>{byStatus[s]}</span>
                </Link>
              </li>
            ))}
          </ul>
          {detached > 0 && (
            <p className="mt-3 text-sm">
              <Link href={claimsHref(slug, { detached: true })} className="inline-flex items-center gap-1.5 font-medium text-orange-800 hover:underline">
                <span aria-hidden="true">⚠</span>
                {detached} {detached === 1 ? "claim needs" : "claims need"} re-anchoring
              </Link>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
