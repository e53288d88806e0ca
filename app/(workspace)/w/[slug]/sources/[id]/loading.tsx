export default function SourceLoading() {
  return (
    <div aria-busy="true">
      <div className="mb-2 h-4 w-28 animate-pulse rounded bg-slate-200" />
      <div className="mb-6 space-y-2">
        <div className="h-7 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="flex gap-2">
          <div className="h-5 w-24 animate-pulse rounded bg-slate-100" />
          <div className="h-5 w-32 animate-pulse rounded-full bg-slate-100" />
        </div>
        <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-100" />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {[3, 2].map((n, k) => (
            <div key={k} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
              <div className="h-12 border-b border-slate-100" />
              {Array.from({ length: n }, (_, i) => (
                <div key={i} className="space-y-2 border-b border-slate-100 px-5 py-4 last:border-0">
                  <div className="h-4 w-1/4 animate-pulse rounded bg-slate-100" />
                  <div className="h-4 w-3/4 animate-pulse rounded bg-slate-200" />
                </div>
              ))}
            </div>
          ))}
        </div>
        <div className="h-80 animate-pulse rounded-lg bg-white shadow-sm ring-1 ring-slate-200" />
      </div>
      <span className="sr-only" role="status">
        Loading source…
      </span>
    </div>
  );
}
