"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES } from "@/lib/domain/evidence/source-type";
import { hasSourceFilters, parseSourceView, SOURCE_SORT_LABELS, SOURCE_SORTS, sourcesHref, type TSourceView } from "./source-view";

/**
 * Search, type and sort for the Sources page. A plain GET form (works without JavaScript, the URL
 * is the state); with JavaScript the menus apply at once through the router and the search on
 * Enter, so the back button steps through views.
 */
export function SourceFilters({ slug, view }: { slug: string; view: TSourceView }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const viewKey = sourcesHref(slug, view);
  const ownNavigation = useRef(false);

  // Uncontrolled controls keep focus across navigations; a view arriving from elsewhere (back,
  // Clear filters) is copied into them, one this form asked for is already shown.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    form.dataset.ready = "true";
    if (ownNavigation.current) return;
    const set = (name: string, value: string) => {
      const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (el && el.value !== value) el.value = value;
    };
    set("q", view.q);
    set("type", view.type);
    set("sort", view.sort);
    // viewKey stands for the whole view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewKey]);
  useEffect(() => {
    if (!pending) ownNavigation.current = false;
  }, [pending]);

  function go(form: HTMLFormElement) {
    const data = new FormData(form);
    const sp: Record<string, string> = {};
    for (const [k, v] of data.entries()) if (typeof v === "string") sp[k] = v;
    ownNavigation.current = true;
    startTransition(() => router.push(sourcesHref(slug, { ...parseSourceView(sp), page: 1 }), { scroll: false }));
  }
  const clearHref = sourcesHref(slug, { sort: view.sort });

  return (
    <form
      ref={formRef}
      role="search"
      aria-label="Filter sources"
      action={`/w/${slug}/sources`}
      method="get"
      aria-busy={pending}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        go(e.currentTarget);
      }}
      onChange={(e: FormEvent<HTMLFormElement>) => {
        if ((e.target as HTMLElement).getAttribute("type") === "search") return;
        go(e.currentTarget);
      }}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor="sources-q" className="mb-1 block text-xs font-medium text-slate-600">
          Search
        </label>
        <div className="relative">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-slate-400">
            <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 100 11 5.5 5.5 0 000-11zM2 9a7 7 0 1112.452 4.391l3.328 3.329a.75.75 0 11-1.06 1.06l-3.329-3.328A7 7 0 012 9z" clipRule="evenodd" />
          </svg>
          <Input id="sources-q" name="q" type="search" defaultValue={view.q} placeholder="Title, web address or publisher…" autoComplete="off" maxLength={200} className="pl-9" />
        </div>
      </div>
      <div className="w-[calc(50%-0.25rem)] sm:w-48">
        <label htmlFor="sources-type" className="mb-1 block text-xs font-medium text-slate-600">
          Type
        </label>
        <Select id="sources-type" name="type" defaultValue={view.type}>
          <option value="">All types</option>
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-[calc(50%-0.25rem)] sm:w-44">
        <label htmlFor="sources-sort" className="mb-1 block text-xs font-medium text-slate-600">
          Sort
        </label>
        <Select id="sources-sort" name="sort" defaultValue={view.sort}>
          {SOURCE_SORTS.map((s) => (
            <option key={s} value={s}>
              {SOURCE_SORT_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
      {hasSourceFilters(view) && (
        <a
          href={clearHref}
          onClick={(e) => {
            e.preventDefault();
            ownNavigation.current = false;
            startTransition(() => router.push(clearHref, { scroll: false }));
          }}
          className="px-1 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 hover:underline"
        >
          Clear filters
        </a>
      )}
      {pending && (
        <span role="status" className="py-2 text-sm text-slate-500">
          Updating…
        </span>
      )}
    </form>
  );
}
