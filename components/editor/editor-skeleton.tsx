/** Placeholder with the editor's shape while the browser-only editor loads. */
export function EditorSkeleton({ readOnly = false }: { readOnly?: boolean }) {
  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-busy="true" aria-label="Loading the editor">
      <div className="flex h-12 items-center gap-2 border-b border-slate-200 px-3">
        {Array.from({ length: readOnly ? 1 : 8 }, (_, i) => (
          <span key={i} className={`h-6 animate-pulse rounded bg-slate-100 ${readOnly ? "w-24" : "w-8"}`} />
        ))}
      </div>
      <div className="space-y-3 px-5 py-8 sm:px-10">
        {["w-11/12", "w-full", "w-10/12", "w-full", "w-9/12", "w-full", "w-8/12"].map((w, i) => (
          <div key={i} className={`h-4 animate-pulse rounded bg-slate-100 ${w}`} />
        ))}
      </div>
    </div>
  );
}
