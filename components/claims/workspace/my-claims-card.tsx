import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { dueState, type TDueState } from "@/lib/domain/claims/due-state";
import { ClaimStatusBadge } from "./claim-status-badge";
import { claimInDocumentHref, claimsHref } from "./claims-href";

const DUE_LABEL: Record<TDueState, (day: string) => string> = {
  overdue: (d) => `Overdue since ${d}`,
  today: () => "Due today",
  tomorrow: () => "Due tomorrow",
  soon: (d) => `Due ${d}`,
  later: (d) => `Due ${d}`,
};

/** Words and weight carry the urgency, colour only repeats it. */
const DUE_CLASS: Record<TDueState, string> = {
  overdue: "font-semibold text-red-700",
  today: "font-semibold text-amber-800",
  tomorrow: "font-medium text-amber-800",
  soon: "text-slate-700",
  later: "text-slate-500",
};

/**
 * The overview's first card: the open claims assigned to the person, soonest due first (overdue
 * on top, undated last), so a day starts from what waits for them.
 */
export function MyClaimsCard({ slug, claims, total, today }: { slug: string; claims: TClaimDto[]; total: number; today: string }) {
  const states = claims.map((c) => (c.dueDate ? dueState(c.dueDate, today) : null));
  const overdue = states.filter((s) => s === "overdue").length;
  const dueSoon = states.filter((s) => s === "today" || s === "tomorrow" || s === "soon").length;
  const summary =
    total === 0
      ? "Open claims assigned to you, soonest due first."
      : [`${total} open ${total === 1 ? "claim" : "claims"} assigned to you`, overdue ? `${overdue} overdue` : "", dueSoon ? `${dueSoon} due this week` : ""].filter(Boolean).join(" · ");
  return (
    <Card
      title="Assigned to you"
      description={summary}
      actions={
        total > 0 ? (
          <Link href={claimsHref(slug, { assignee: "me", sort: "dueDate", order: "asc" })} className="shrink-0 text-sm font-medium whitespace-nowrap text-brand-700 hover:underline">
            All {total}
          </Link>
        ) : null
      }
    >
      {claims.length === 0 ? (
        <EmptyState title="Nothing assigned to you">Claims a teammate assigns to you show here, with their due dates.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="my-claims">
          {claims.map((c, i) => {
            const state = states[i];
            return (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2.5">
                <div className="min-w-0 flex-1">
                  <Link href={claimInDocumentHref(slug, c)} className="line-clamp-2 text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    “{c.quote.exact}”
                  </Link>
                  <p className="truncate text-xs text-slate-500">{c.documentTitle}</p>
                </div>
                <div className="flex shrink-0 items-center gap-2 text-xs">
                  <ClaimStatusBadge status={c.status} />
                  {c.dueDate && state ? (
                    <time dateTime={c.dueDate} className={DUE_CLASS[state]}>
                      {DUE_LABEL[state](formatCalendarDate(c.dueDate))}
                    </time>
                  ) : (
                    <span className="text-slate-500">No due date</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
