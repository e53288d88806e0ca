import { formatInstant } from "@/components/ui/format";
import type { TTimelineEntryDto } from "@/lib/domain/reviews/review-dto";

/**
 * A claim's timeline (GET …/claims/{id}/timeline), newest first: when, who, what happened. Owner
 * overrides, voided approvals and change requests stand out by a tag in words (not colour alone);
 * approvals show the start of the hash they signed, the whole hash in the tooltip and in text for
 * screen readers. Works as a server or a client component (no state).
 */
export function ClaimTimeline({ entries }: { entries: TTimelineEntryDto[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has happened to this claim yet.</p>;
  return (
    <ol className="space-y-2" aria-label="Claim timeline, newest first" data-testid="claim-timeline">
      {entries.map((e) => {
        const tone = e.emphasis ? EMPHASIS[e.emphasis] : null;
        return (
          <li
            key={e.id}
            data-testid="timeline-entry"
            data-action={e.action}
            {...(e.emphasis ? { "data-emphasis": e.emphasis } : {})}
            className={`rounded-md px-3 py-2 text-sm ${tone ? `${tone.box} border-l-4` : "ring-1 ring-slate-200"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="min-w-0 text-slate-800">
                {tone && <span className={`mr-1.5 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${tone.tag}`}>{tone.label}</span>}
                {e.text}
              </p>
              <time dateTime={e.at} className="shrink-0 text-xs text-slate-600">
                {formatInstant(e.at)}
              </time>
            </div>
            {e.signOffHash && (
              <p className="mt-1 text-xs text-slate-600">
                Signed content{" "}
                <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-800" title={`SHA-256 ${e.signOffHash}`}>
                  {e.signOffHash.slice(0, 12)}…
                </code>
                <span className="sr-only">, full SHA-256: {e.signOffHash}</span>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

const EMPHASIS: Record<NonNullable<TTimelineEntryDto["emphasis"]>, { label: string; box: string; tag: string }> = {
  override: { label: "Override", box: "border-violet-600 bg-violet-50", tag: "bg-violet-700 text-white" },
  void: { label: "Approvals voided", box: "border-amber-600 bg-amber-50", tag: "bg-amber-800 text-white" },
  change_request: { label: "Changes requested", box: "border-rose-600 bg-rose-50", tag: "bg-rose-700 text-white" },
};
