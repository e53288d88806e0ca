export default function DocumentsLoading() {
  return (
    <div aria-busy="true">
      <div className="mb-8 flex items-end justify-between gap-4">
        <div className="space-y-2">
          <div className="h-7 w-40 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-72 animate-pulse rounded bg-slate-200" />
        </div>
        <div className="h-9 w-32 animate-pulse rounded-md bg-slate-200" />
      </div>
      <div className="mb-4 h-9 w-80 animate-pulse rounded-md bg-slate-200" />
      <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <div className="h-11 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-center gap-6 border-b border-slate-100 px-4 py-4 last:border-0">
            <div className="h-4 flex-[3] animate-pulse rounded bg-slate-200" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <span className="sr-only" role="status">
        Loading documents…
      </span>
    </div>
  );
}
