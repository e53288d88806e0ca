import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { formatCalendarDate } from "@/components/ui/format";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_PRIORITY_LABELS } from "@/lib/domain/reviews/review-dto";
import { RatingChip } from "./rating-chip";

/** One section of the review queue: each claim with its status, verdict, approvals, priority and due date, linking to its review. */
export function ReviewQueueList({
  slug,
  claims,
  empty,
  testId,
}: {
  /** The workspace of every claim, unless each carries its own (My work lists several workspaces). */
  slug?: string;
  claims: (TClaimDto & { workspace?: { slug: string; name: string } })[];
  empty: string;
  testId: string;
}) {
  if (claims.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{empty}</p>;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {claims.map((c) => (
        <li key={c.id}>
          <Link href={`/w/${c.workspace?.slug ?? slug}/claims/${c.id}`} className="block px-5 py-3.5 hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none" data-testid="queue-item">
            <p className="font-medium text-slate-900">{c.text}</p>
            <p className="mt-0.5 truncate text-sm text-slate-600">
              {c.workspace ? `${c.workspace.name} · ` : ""}
              {c.documentTitle} · “{c.quote.exact}”
            </p>
            <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-slate-700">
              <ClaimStatusBadge status={c.status} />
              {c.verdict && <RatingChip rating={c.verdict.rating} size="sm" />}
              {c.status === "IN_REVIEW" && (
                <span>
                  {c.approvals.length} of {c.requiredApprovals} approvals
                </span>
              )}
              {c.priority !== "NORMAL" && <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium ring-1 ring-slate-300 ring-inset">{CLAIM_PRIORITY_LABELS[c.priority]} priority</span>}
              {c.dueDate && <span className={c.dueDate < today ? "font-semibold text-red-700" : ""}>{c.dueDate < today ? "Overdue since" : "Due"} {formatCalendarDate(c.dueDate)}</span>}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
