import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { listHref } from "./list-href";
import type { TListState } from "./types";

export function Pagination({ slug, state }: { slug: string; state: TListState }) {
  const first = state.total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const last = Math.min(state.total, state.page * state.pageSize);
  const disabled = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Showing <span className="font-medium text-slate-900">{first}</span>–<span className="font-medium text-slate-900">{last}</span> of{" "}
        <span className="font-medium text-slate-900">{state.total}</span> {state.total === 1 ? "document" : "documents"}
      </p>
      {state.pageCount > 1 && (
        <div className="flex items-center gap-2">
          {state.page > 1 ? (
            <Link href={listHref(slug, { ...state, page: state.page - 1 })} className={buttonClass("secondary")} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={`${buttonClass("secondary")} ${disabled}`} aria-disabled="true">
              Previous
            </span>
          )}
          <span aria-current="page">
            Page {state.page} of {state.pageCount}
          </span>
          {state.page < state.pageCount ? (
            <Link href={listHref(slug, { ...state, page: state.page + 1 })} className={buttonClass("secondary")} rel="next">
              Next
            </Link>
          ) : (
            <span className={`${buttonClass("secondary")} ${disabled}`} aria-disabled="true">
              Next
            </span>
          )}
        </div>
      )}
    </nav>
  );
}
