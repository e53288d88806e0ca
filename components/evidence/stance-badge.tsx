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

const STANCE_DOT: Record<TStance, string> = { SUPPORTS: "bg-emerald-500", REFUTES: "bg-red-500", CONTEXT: "bg-slate-400" };

/**
 * "2 refute · 1 supports · 1 context", and how many excerpts were not found in their source.
 * `stacked`: one stance per line (narrow table columns), read the same way by screen readers.
 */
export function StanceSummary({ summary, compact = false, stacked = false }: { summary: TStanceSummary; compact?: boolean; stacked?: boolean }) {
  if (summary.total === 0) {
    return compact ? null : <span className="text-xs text-slate-500" data-testid="stance-summary">No evidence</span>;
  }
  if (stacked) {
    const parts = formatStanceSummary(summary).split(" · ");
    const order: TStance[] = ["REFUTES", "SUPPORTS", "CONTEXT"];
    const present = order.filter((s) => (s === "REFUTES" ? summary.refutes : s === "SUPPORTS" ? summary.supports : summary.context) > 0);
    return (
      <span className="block text-xs text-slate-700" data-testid="stance-summary">
        <span className="sr-only">{formatStanceSummary(summary)}</span>
        <span aria-hidden="true" className="block space-y-0.5">
          {present.map((s, i) => (
            <span key={s} className="flex items-center gap-1.5 whitespace-nowrap">
              <span className={`size-2 shrink-0 rounded-full ${STANCE_DOT[s]}`} />
              {parts[i]}
            </span>
          ))}
        </span>
        {summary.excerptsNotFound > 0 && (
          <span className="mt-1 block font-medium text-amber-800">
            {summary.excerptsNotFound} quote{summary.excerptsNotFound === 1 ? "" : "s"} not found
          </span>
        )}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs" data-testid="stance-summary">
      <span className="inline-flex items-center gap-1.5 rounded-xl bg-slate-50 px-2 py-0.5 font-medium text-slate-700 ring-1 ring-inset ring-slate-200">
        <span className="flex shrink-0 gap-0.5" aria-hidden="true">
          {summary.refutes > 0 && <span className="size-2 rounded-full bg-red-500" />}
          {summary.supports > 0 && <span className="size-2 rounded-full bg-emerald-500" />}
          {summary.context > 0 && <span className="size-2 rounded-full bg-slate-400" />}
        </span>
        <span>{formatStanceSummary(summary)}</span>
      </span>
      {summary.excerptsNotFound > 0 && (
        <span className="rounded-full bg-amber-50 px-2 py-0.5 font-medium text-amber-900 ring-1 ring-inset ring-amber-200">
          {summary.excerptsNotFound} quote{summary.excerptsNotFound === 1 ? "" : "s"} not found in source
        </span>
      )}
    </span>
  );
}
