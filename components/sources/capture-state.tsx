import { formatCalendarDate } from "@/components/ui/format";
import type { TSourceSummary } from "@/lib/domain/evidence/source-dto";

const PILL = "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset";

/**
 * Where a source's archived copy stands: captured (when), pending, failed (why, in the tooltip),
 * or why there is nothing to capture (an uploaded file, a source without a URL).
 */
export function CaptureState({ source }: { source: Pick<TSourceSummary, "kind" | "latestSnapshot"> }) {
  if (source.kind === "FILE") return <span className={`${PILL} bg-slate-50 text-slate-700 ring-slate-200`}>Uploaded file</span>;
  if (source.kind === "OFFLINE") return <span className={`${PILL} bg-slate-50 text-slate-700 ring-slate-200`}>No web address</span>;
  const s = source.latestSnapshot;
  if (!s) return <span className={`${PILL} bg-slate-50 text-slate-700 ring-slate-200`}>Not captured yet</span>;
  if (s.status === "PENDING")
    return (
      <span className={`${PILL} bg-sky-50 text-sky-800 ring-sky-200`} data-capture="pending">
        <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-sky-500" />
        Capture pending
      </span>
    );
  if (s.status === "FAILED")
    return (
      <span className={`${PILL} bg-red-50 text-red-800 ring-red-200`} title={s.error ?? undefined} data-capture="failed">
        <span aria-hidden="true" className="size-1.5 rounded-full bg-red-500" />
        Capture failed
      </span>
    );
  return (
    <span className={`${PILL} bg-emerald-50 text-emerald-800 ring-emerald-200`} data-capture="ok">
      <span aria-hidden="true" className="size-1.5 rounded-full bg-emerald-500" />
      {s.fetchedAt ? <>Captured {formatCalendarDate(s.fetchedAt.slice(0, 10))}</> : "Captured"}
    </span>
  );
}

export function SourceTypeBadge({ label }: { label: string }) {
  return <span className="inline-flex items-center rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700">{label}</span>;
}

/** "Used by 2 claims in 1 document", or that nothing cites it yet. */
export function usageText(usage: { claims: number; documents: number }): string {
  if (usage.claims === 0) return "Not cited yet";
  const claims = usage.claims === 1 ? "1 claim" : `${usage.claims} claims`;
  const docs = usage.documents === 1 ? "1 document" : `${usage.documents} documents`;
  return `Used by ${claims} in ${docs}`;
}
