import { STANCE_LABELS, formatStanceSummary, type TStance, type TStanceSummary } from "@/lib/domain/evidence/stance";

export const STANCE_STYLE: Record<TStance, string> = {
  SUPPORTS: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  REFUTES: "bg-red-50 text-red-800 ring-red-200",
  CONTEXT: "bg-slate-100 text-slate-700 ring-slate-300",
};

const STANCE_ICON: Record<TStance, string> = { SUPPORTS: "✓", REFUTES: "✕", CONTEXT: "i" };

/** A stance as a labelled chip (the icon repeats the colour's meaning for people who do not see it). */
export function StanceBadge({ stance }: { stance: TStance }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STANCE_STYLE[stance]}`} data-stance={stance}>
      <span aria-hidden="true" className="font-semibold">
        {STANCE_ICON[stance]}
      </span>
      {STANCE_LABELS[stance]}
    </span>
  );
}

/** "2 refute · 1 supports · 1 context", and how many excerpts were not found in their source. */
export function StanceSummary({ summary, compact = false }: { summary: TStanceSummary; compact?: boolean }) {
  if (summary.total === 0) {
    return compact ? null : <span className="text-xs text-slate-500" data-testid="stance-summary">No evidence</span>;
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs" data-testid="stance-summary">
      <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-50 px-2 py-0.5 font-medium text-slate-700 ring-1 ring-inset ring-slate-200">
        {summary.refutes > 0 && <span className="size-2 rounded-full bg-red-500" aria-hidden="true" />}
        {summary.supports > 0 && <span className="size-2 rounded-full bg-emerald-500" aria-hidden="true" />}
        {summary.context > 0 && <span className="size-2 rounded-full bg-slate-400" aria-hidden="true" />}
        {formatStanceSummary(summary)}
      </span>
      {summary.excerptsNotFound > 0 && (
        <span className="rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900 ring-1 ring-inset ring-amber-200">
          {summary.excerptsNotFound} quote{summary.excerptsNotFound === 1 ? "" : "s"} not found in source
        </span>
      )}
    </span>
  );
}
