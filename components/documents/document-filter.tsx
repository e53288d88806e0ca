import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { listHref } from "./list-href";
import type { TListState } from "./types";

/** A plain GET form: filtering works without JavaScript and the URL can be shared. */
export function DocumentFilter({ slug, state }: { slug: string; state: TListState }) {
  return (
    <form role="search" action={`/w/${slug}/documents`} method="get" className="flex flex-wrap items-center gap-2">
      <label htmlFor="documents-q" className="sr-only">
        Filter by title
      </label>
      <div className="w-72 max-w-full">
        <Input id="documents-q" name="q" type="search" defaultValue={state.q} placeholder="Filter by title…" autoComplete="off" maxLength={200} />
      </div>
      {state.sort !== "lastActivityAt" && <input type="hidden" name="sort" value={state.sort} />}
      <input type="hidden" name="order" value={state.order} />
      <button type="submit" className={buttonClass("secondary")}>
        Filter
      </button>
      {state.q && (
        <a href={listHref(slug, { ...state, q: "", page: 1 })} className="text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline">
          Clear filter
        </a>
      )}
    </form>
  );
}
