import Link from "next/link";
import { StanceBadge } from "@/components/evidence/stance-badge";
import { Alert } from "@/components/ui/alert";
import { formatInstant } from "@/components/ui/format";
import type { TSnapshotDetail } from "@/lib/domain/evidence/snapshot-dto";
import type { TSourceCitation } from "@/lib/domain/evidence/source-dto";
import type { TStance } from "@/lib/domain/evidence/stance";
import { SnapshotStatusBadge } from "./captures";
import { highlightExcerpts } from "./highlight";
import { claimHref } from "./source-view";

const MARK: Record<TStance, string> = {
  SUPPORTS: "bg-emerald-100 ring-emerald-300",
  REFUTES: "bg-red-100 ring-red-300",
  CONTEXT: "bg-amber-100 ring-amber-300",
};

/**
 * One capture's readable text, as text (never the page's HTML), with every citing excerpt marked
 * and a legend that says, excerpt by excerpt, whether this capture still contains it. The raw page
 * is only offered as a link to its sandboxed route, in a new tab.
 */
export function SnapshotView({ slug, snapshot, citations }: { slug: string; snapshot: TSnapshotDetail; citations: TSourceCitation[] }) {
  const withExcerpt = citations.filter((c) => c.excerpt.trim());
  const text = snapshot.status === "OK" ? (snapshot.text ?? "") : "";
  const { found, segments } = highlightExcerpts(
    text,
    withExcerpt.map((c) => ({ key: c.evidenceId, excerpt: c.excerpt })),
  );
  const stanceOf = new Map(withExcerpt.map((c) => [c.evidenceId, c.stance]));
  const rendered = new Set(segments.flatMap((s) => (s.highlight ? [s.highlight.key] : [])));
  const firstSegment = new Set<string>();
  const archivedHref = `/api/w/${encodeURIComponent(slug)}/snapshots/${encodeURIComponent(snapshot.id)}/html`;

  return (
    <div className="space-y-6">
      <section aria-label="About this capture" className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <SnapshotStatusBadge status={snapshot.status} />
          <span className="text-sm text-slate-800">
            {snapshot.fetchedAt ? <>Fetched {formatInstant(snapshot.fetchedAt)}</> : <>Requested {formatInstant(snapshot.createdAt)}</>}
          </span>
          {snapshot.httpStatus !== null && <span className="text-sm text-slate-600">HTTP {snapshot.httpStatus}</span>}
          {snapshot.changed !== null && snapshot.status === "OK" && (
            <span className={`text-sm ${snapshot.changed ? "font-medium text-amber-800" : "text-slate-600"}`}>
              {snapshot.changed ? "Content changed since the previous capture" : "Same content as the previous capture"}
            </span>
          )}
          {snapshot.hasHtml && (
            <a href={archivedHref} target="_blank" rel="noopener noreferrer" className="text-sm font-medium text-brand-700 hover:underline sm:ml-auto">
              View archived page<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </div>
        <p className="mt-2 text-xs break-all text-slate-600">
          <span className="font-medium text-slate-700">Address fetched: </span>
          {snapshot.finalUrl ?? snapshot.requestedUrl}
        </p>
      </section>

      {snapshot.status === "FAILED" && <Alert tone="error">This capture failed{snapshot.error ? `: ${snapshot.error}` : "."} There is no text to show.</Alert>}
      {snapshot.status === "PENDING" && <Alert>This capture is still being fetched. Reload the page in a moment.</Alert>}

      {snapshot.status === "OK" && (
        <>
          {withExcerpt.length > 0 && (
            <section aria-labelledby="excerpts-h" className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
              <h2 id="excerpts-h" className="border-b border-slate-100 px-5 py-3.5 text-base font-semibold text-slate-900">
                Quoted excerpts
              </h2>
              <ol className="divide-y divide-slate-100" data-testid="excerpt-legend">
                {withExcerpt.map((c, i) => {
                  const hit = found.get(c.evidenceId);
                  return (
                    <li key={c.evidenceId} className="flex gap-3 px-5 py-3" data-testid="excerpt-legend-item" data-found={hit ? "true" : "false"}>
                      <span aria-hidden="true" className={`mt-0.5 grid size-6 shrink-0 place-items-center rounded text-xs font-semibold text-slate-800 ring-1 ${MARK[c.stance]}`}>
                        {i + 1}
                      </span>
                      <div className="min-w-0 flex-1">
                        <div className="flex flex-wrap items-center gap-2">
                          <span className="sr-only">Excerpt {i + 1}:</span>
                          <StanceBadge stance={c.stance} />
                          {hit ? (
                            rendered.has(c.evidenceId) ? (
                              <a href={`#excerpt-${i + 1}`} className="text-xs font-medium text-brand-700 hover:underline">
                                Highlighted in the text below
                              </a>
                            ) : (
                              <span className="text-xs text-slate-600">In the text below (inside another excerpt)</span>
                            )
                          ) : (
                            <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-200 ring-inset">Not found in this capture</span>
                          )}
                        </div>
                        <p className="mt-1 text-sm break-words text-slate-700">“{c.excerpt}”</p>
                        <Link href={claimHref(slug, c)} className="mt-0.5 block text-xs break-words text-slate-600 hover:text-brand-700 hover:underline">
                          Claim: {c.claimText}
                        </Link>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </section>
          )}

          <section aria-labelledby="captured-text-h" className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            <header className="border-b border-slate-100 px-5 py-3.5">
              <h2 id="captured-text-h" className="text-base font-semibold text-slate-900">
                Captured text
              </h2>
              <p className="mt-0.5 text-sm text-slate-500">The readable text of the page as it was fetched{snapshot.title ? <> (“{snapshot.title}”)</> : null}; layout, images and links are left out.</p>
            </header>
            {text.trim() ? (
              <div className="max-w-3xl px-5 py-4 text-[0.9375rem] leading-7 break-words whitespace-pre-wrap text-slate-900" data-testid="snapshot-text">
                {segments.map((s, i) => {
                  if (!s.highlight) return <span key={i}>{s.text}</span>;
                  const n = s.highlight.index + 1;
                  const first = !firstSegment.has(s.highlight.key);
                  firstSegment.add(s.highlight.key);
                  const stance = stanceOf.get(s.highlight.key) ?? "CONTEXT";
                  return (
                    <mark key={i} id={first ? `excerpt-${n}` : undefined} data-excerpt={n} className={`scroll-mt-24 rounded-sm box-decoration-clone px-0.5 text-slate-900 ring-1 ${MARK[stance]}`}>
                      {first && (
                        <sup aria-hidden="true" className="mr-0.5 text-[0.625rem] font-semibold text-slate-700">
                          {n}
                        </sup>
                      )}
                      {s.text}
                    </mark>
                  );
                })}
              </div>
            ) : (
              <p className="px-5 py-4 text-sm text-slate-600">No readable text was found on this page (it may be an image, a script-only page or a file type we do not read).</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
