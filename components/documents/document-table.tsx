import Link from "next/link";
import type { TDocumentListItemDto, TDocumentSort } from "@/lib/domain/documents/document-dto";
import { absoluteTime, relativeTime } from "@/components/ui/format";
import { listHref } from "./list-href";
import type { TListState } from "./types";

const DEFAULT_ORDER: Record<TDocumentSort, "asc" | "desc"> = { lastActivityAt: "desc", title: "asc", createdAt: "desc" };

function SortHeader({ slug, state, sort, label, className = "" }: { slug: string; state: TListState; sort: TDocumentSort; label: string; className?: string }) {
  const active = state.sort === sort;
  const nextOrder = active ? (state.order === "asc" ? "desc" : "asc") : DEFAULT_ORDER[sort];
  const ariaSort = active ? (state.order === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase ${className}`}>
      <Link
        href={listHref(slug, { ...state, sort, order: nextOrder, page: 1 })}
        className={`inline-flex items-center gap-1 rounded hover:text-slate-900 ${active ? "text-slate-900" : ""}`}
        aria-label={`Sort by ${label.toLowerCase()}, ${nextOrder === "asc" ? "ascending" : "descending"}`}
      >
        {label}
        <span aria-hidden="true" className={active ? "text-brand-600" : "text-slate-300"}>
          {active ? (state.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}

/** The documents of a workspace as a sortable table; every control is a link, so it works without JavaScript. */
export function DocumentTable({ slug, documents, state }: { slug: string; documents: TDocumentListItemDto[]; state: TListState }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">
          Documents, sorted by {state.sort === "title" ? "title" : state.sort === "createdAt" ? "import date" : "last activity"}, {state.order === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader slug={slug} state={state} sort="title" label="Title" className="w-[45%]" />
            <th scope="col" className="px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Source
            </th>
            <th scope="col" className="px-4 py-3 text-right text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Claims
            </th>
            <SortHeader slug={slug} state={state} sort="createdAt" label="Imported" />
            <SortHeader slug={slug} state={state} sort="lastActivityAt" label="Last activity" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((d) => (
            <tr key={d.id} className="group hover:bg-slate-50">
              <td className="max-w-0 px-4 py-3">
                <Link href={`/w/${slug}/documents/${d.id}`} className="block truncate font-medium text-slate-900 group-hover:text-brand-700 hover:underline" title={d.title}>
                  {d.title}
                </Link>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                <span className="inline-block max-w-[14rem] truncate align-bottom" title={d.sourceUrl ?? d.source}>
                  {d.source}
                </span>
              </td>
              <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                {d.claimCount > 0 ? (
                  <Link
                    href={`/w/${slug}/claims?document=${d.id}`}
                    className="font-medium text-slate-800 hover:text-brand-700 hover:underline"
                    aria-label={`${d.claimCount} ${d.claimCount === 1 ? "claim" : "claims"} in ${d.title}`}
                  >
                    {d.claimCount}
                  </Link>
                ) : (
                  <span className="text-slate-400">0</span>
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                <span className="block text-slate-800">{d.importedBy?.name ?? "Former member"}</span>
                <time dateTime={d.createdAt} title={absoluteTime(d.createdAt)} className="text-xs text-slate-500">
                  {relativeTime(d.createdAt)}
                </time>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                <time dateTime={d.lastActivityAt} title={absoluteTime(d.lastActivityAt)}>
                  {relativeTime(d.lastActivityAt)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
