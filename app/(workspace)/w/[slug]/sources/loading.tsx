export default function SourcesLoading() {
  return (
    <div aria-busy="true">
      <div className="mb-8 flex items-end justify-between gap-4">
        <div className="space-y-2">
          <div className="h-7 w-32 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
        </div>
        <div className="h-9 w-28 animate-pulse rounded-md bg-slate-200" />
      </div>
      <div className="mb-4 flex flex-wrap gap-2">
        <div className="h-9 min-w-[16rem] flex-1 animate-pulse rounded-md bg-slate-200" />
        <div className="h-9 w-48 animate-pulse rounded-md bg-slate-200" />
        <div className="h-9 w-44 animate-pulse rounded-md bg-slate-200" />
      </div>
      <div className="divide-y divide-slate-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="flex flex-col gap-2 px-5 py-4 sm:flex-row sm:gap-6">
            <div className="flex-1 space-y-2">
              <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
              <div className="h-3 w-1/3 animate-pulse rounded bg-slate-100" />
            </div>
            <div className="w-64 max-w-full space-y-2">
              <div className="ml-auto h-3 w-40 animate-pulse rounded bg-slate-100" />
              <div className="ml-auto h-5 w-28 animate-pulse rounded-full bg-slate-100" />
            </div>
          </div>
        ))}
      </div>
      <span className="sr-only" role="status">
        Loading sources…
      </span>
    </div>
  );
}
