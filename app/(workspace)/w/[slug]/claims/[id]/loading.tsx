/** The review view's skeleton while the claim, its verdict and reviews load. */
export default function ClaimReviewLoading() {
  return (
    <div aria-busy="true" className="space-y-5">
      <div className="space-y-3">
        <div className="h-4 w-48 animate-pulse rounded bg-slate-200" />
        <div className="h-5 w-32 animate-pulse rounded-full bg-slate-200" />
        <div className="h-7 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="h-14 w-full animate-pulse rounded bg-slate-100" />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="h-80 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
        <div className="h-56 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
      </div>
      <span className="sr-only" role="status">
        Loading the review…
      </span>
    </div>
  );
}
