import Link from "next/link";
import { StanceBadge } from "@/components/evidence/stance-badge";
import type { TSourceCitation } from "@/lib/domain/evidence/source-dto";
import { claimHref } from "./source-view";

/** The "quote not found in source" flag: the excerpt is not in the newest captured text. */
export function QuoteNotFoundBadge() {
  return (
    <span
      className="inline-flex items-center rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-amber-900 ring-1 ring-amber-200 ring-inset"
      title="The quoted excerpt does not occur in the newest capture of this source."
      data-testid="quote-not-found"
    >
      Quote not found in source
    </span>
  );
}

/** Every claim citing the source: its stance, the excerpt quoted, and a link to the claim in its document. */
export function CitationList({ slug, citations }: { slug: string; citations: TSourceCitation[] }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Claims citing this source" data-testid="citations">
      {citations.map((c) => (
        <li key={c.evidenceId} className="px-5 py-3.5" data-testid="citation" data-claim-id={c.claimId}>
          <div className="flex flex-wrap items-center gap-1.5">
            <StanceBadge stance={c.stance} />
            {c.excerptFound === false && <QuoteNotFoundBadge />}
          </div>
          <Link href={claimHref(slug, c)} className="mt-1.5 block font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
            {c.claimText}
          </Link>
          <p className="mt-0.5 text-xs break-words text-slate-600">
            <span className="sr-only">Document: </span>
            <Link href={`/w/${encodeURIComponent(slug)}/documents/${encodeURIComponent(c.documentId)}`} className="hover:text-brand-700 hover:underline">
              {c.documentTitle}
            </Link>
          </p>
          {c.excerpt && (
            <blockquote className="mt-2 border-l-2 border-slate-200 pl-3 text-sm break-words whitespace-pre-line text-slate-700">
              <span className="sr-only">Excerpt: </span>“{c.excerpt}”
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
