export default function ClaimsLoading() {
  return (
    <div aria-busy="true">
      <div className="mb-8 flex items-end justify-between gap-4">
        <div className="space-y-2">
          <div className="h-7 w-32 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
        </div>
        <div className="h-9 w-32 animate-pulse rounded-md bg-slate-200" />
      </div>
      <div className="mb-3 flex flex-wrap gap-2">
        <div className="h-9 min-w-[16rem] flex-1 animate-pulse rounded-md bg-slate-200" />
        <div className="h-9 w-44 animate-pulse rounded-md bg-slate-200" />
        <div className="h-9 w-56 animate-pulse rounded-md bg-slate-200" />
        <div className="h-9 w-60 animate-pulse rounded-md bg-slate-200" />
      </div>
      <div className="mb-4 flex flex-wrap gap-1.5">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-6 w-24 animate-pulse rounded-full bg-slate-100" />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <div className="h-11 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex items-start gap-6 border-b border-slate-100 px-4 py-4 last:border-0">
            <div className="h-5 w-24 animate-pulse rounded-full bg-slate-100" />
            <div className="flex-[3] space-y-2">
              <div className="h-4 animate-pulse rounded bg-slate-200" />
              <div className="h-3 w-2/3 animate-pulse rounded bg-slate-100" />
            </div>
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-24 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-16 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-20 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
      <span className="sr-only" role="status">
        Loading claims…
      </span>
    </div>
  );
}
