"use client";

import { useEffect, useState } from "react";
import type { TDocumentOriginalDto } from "@/lib/domain/documents/document-original-dto";
import { DiffText } from "@/components/ui/diff-text";
import { formatInstant } from "@/components/ui/format";

type TLoad = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; original: TDocumentOriginalDto };


function Legend() {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden="true">
      <span>
        <del className="rounded-sm bg-rose-100 px-1 text-rose-950 line-through decoration-rose-700 decoration-2">struck through</del>: in the original, removed
      </span>
      <span>
        <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2">underlined</ins>: added in the working copy
      </span>
    </p>
  );
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * The original import, read-only, with the working copy's changes against it (per document and
 * per claim). Fetched each time it is shown: the working copy moves on while people type.
 */
export function OriginalView({ workspaceSlug, documentId }: { workspaceSlug: string; documentId: string }) {
  const [load, setLoad] = useState<TLoad>({ state: "loading" });
  const [showChanges, setShowChanges] = useState(true);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const res = await fetch(`/api/w/${encodeURIComponent(workspaceSlug)}/documents/${documentId}/original`, { cache: "no-store" });
        const body = (await res.json()) as { original?: TDocumentOriginalDto; error?: { message: string } };
        if (!live) return;
        if (!res.ok || !body.original) setLoad({ state: "error", message: body.error?.message ?? "The original could not be loaded." });
        else setLoad({ state: "ready", original: body.original });
      } catch {
        if (live) setLoad({ state: "error", message: "The original could not be loaded. Check your connection and open the tab again." });
      }
    })();
    return () => {
      live = false;
    };
  }, [workspaceSlug, documentId]);

  if (load.state === "loading") return <p className="px-5 py-6 text-sm text-slate-600">Loading the original…</p>;
  if (load.state === "error")
    return (
      <p role="alert" className="px-5 py-6 text-sm text-red-700">
        {load.message}
      </p>
    );
  const o = load.original;
  const changed = o.changes ? o.changes.insertions + o.changes.deletions > 0 : false;

  return (
    <div data-testid="original-view" className="space-y-4 px-5 py-5 sm:px-10">
      <div className="space-y-2 border-b border-slate-200 pb-4 text-sm text-slate-600">
        <p>
          The article as imported{o.importedBy ? ` by ${o.importedBy}` : ""} on {formatInstant(o.importedAt)}
          {o.sourceName ? ` from ${o.sourceName}` : ""}. Read-only: nobody can change it.{" "}
          <span className="font-mono text-xs break-all text-slate-500" title="SHA-256 of the source as received">
            sha256 {o.sha256.slice(0, 16)}…
          </span>
        </p>
        {o.changes && (
          <p data-testid="original-summary" className="font-medium text-slate-800">
            {changed
              ? `The working copy differs from the original: ${plural(o.changes.insertions, "insertion")}, ${plural(o.changes.deletions, "deletion")}.`
              : "The working copy matches the original."}
          </p>
        )}
        {o.articleText !== null && !o.changes && <p>The working copy is too different from the original to compare word by word.</p>}
        {o.articleText !== null && (
          <label className="inline-flex items-center gap-2 text-slate-800">
            <input type="checkbox" checked={showChanges} onChange={(e) => setShowChanges(e.target.checked)} className="size-4 rounded border-slate-300" />
            Show the working copy’s changes
          </label>
        )}
        {o.articleText !== null && showChanges && changed && <Legend />}
      </div>

      {o.claims.length > 0 && (
        <section aria-labelledby="claims-differ-heading" className="rounded-md bg-rose-50/60 p-3 ring-1 ring-rose-200 ring-inset">
          <h3 id="claims-differ-heading" className="text-sm font-semibold text-slate-900">
            {plural(o.claims.length, "claim")} quote{o.claims.length === 1 ? "s" : ""} words that differ from the original
          </h3>
          <ul className="mt-2 space-y-2 text-sm">
            {o.claims.map((c) => (
              <li key={c.id} data-testid="claim-quote-diff" data-claim-id={c.id} className="leading-relaxed text-slate-800">
                {c.changes ? (
                  <>
                    “<DiffText diff={c.changes} />”
                  </>
                ) : (
                  <>
                    “{c.quote}” <span className="text-slate-600">— not in the original at all.</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {o.articleText === null ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">
            This document was imported before Factdesk kept the article’s text apart from its source, and has been edited since. The source as received:
          </p>
          <pre className="max-h-[60vh] overflow-auto rounded-md bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">{o.sourceText}</pre>
        </div>
      ) : (
        <div data-testid="original-text" className="factdesk-prose leading-relaxed whitespace-pre-wrap text-slate-900">
          {showChanges && o.changes ? <DiffText diff={o.changes} testId="original-diff" /> : o.articleText}
        </div>
      )}
    </div>
  );
}
