import { StanceBadge } from "@/components/evidence/stance-badge";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";

/**
 * What a verdict rests on, as a reviewer checks it: each cited source with its stance, a link to
 * the page (http(s) only), the excerpt, and a flag when the excerpt was not found in the source's
 * newest capture. Evidence removed since the version was written is said to be gone.
 */
export function VerdictEvidenceList({ evidenceIds, evidence }: { evidenceIds: string[]; evidence: TEvidenceDto[] }) {
  if (evidenceIds.length === 0) return <p className="text-sm text-slate-600">No evidence chosen.</p>;
  return (
    <ul className="mt-1.5 space-y-2" data-testid="verdict-evidence">
      {evidenceIds.map((id) => {
        const e = evidence.find((x) => x.id === id);
        if (!e) {
          return (
            <li key={id} className="text-sm text-slate-600 italic">
              Evidence since removed
            </li>
          );
        }
        const link = e.source.url && /^https?:\/\//i.test(e.source.url) ? e.source.url : null;
        return (
          <li key={id} className="text-sm text-slate-800">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <StanceBadge stance={e.stance} />
              {link ? (
                <a href={link} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-slate-900 underline-offset-2 hover:underline">
                  {e.source.title}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <span className="font-medium text-slate-900">{e.source.title}</span>
              )}
              {e.source.publisher && <span className="text-slate-600">· {e.source.publisher}</span>}
              {e.excerptFound === false && (
                <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-200 ring-inset">Quote not found in source</span>
              )}
            </div>
            {e.excerpt && <p className="mt-0.5 border-l-2 border-slate-200 pl-2 text-slate-700">“{e.excerpt}”</p>}
          </li>
        );
      })}
    </ul>
  );
}
