import { EditorSkeleton } from "@/components/editor/editor-skeleton";

export default function DocumentLoading() {
  return (
    <div aria-busy="true">
      <div className="mb-6 space-y-3">
        <div className="h-4 w-40 animate-pulse rounded bg-slate-200" />
        <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="h-4 w-1/3 animate-pulse rounded bg-slate-200" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <EditorSkeleton />
        <div className="hidden h-96 animate-pulse rounded-lg bg-white ring-1 ring-slate-200 lg:block" />
      </div>
      <span className="sr-only" role="status">
        Loading the document…
      </span>
    </div>
  );
}
