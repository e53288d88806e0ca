"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { ClaimStatusDot } from "./claim-status-badge";
import { claimsHref } from "./claims-href";
import { parseClaimView } from "./parse-view";
import {
  CLAIM_PAGE_SORTS,
  CLAIM_SORT_DEFAULT_ORDER,
  hasFilters,
  type TClaimPageSort,
  type TClaimView,
  type TDocumentOption,
  type TMemberOption,
  type TSortOrder,
} from "./types";

// A toggle chip: the checkbox inside is visually hidden; `has-checked` styles flip at once, before the new page arrives.
const CHIP =
  "group inline-flex cursor-pointer items-center gap-1.5 rounded-full bg-white px-2.5 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600";

const SORT_OPTIONS: Record<TClaimPageSort, Record<TSortOrder, string>> = {
  createdAt: { desc: "Newest first", asc: "Oldest first" },
  updatedAt: { desc: "Recently updated", asc: "Least recently updated" },
  status: { asc: "Status, in workflow order", desc: "Status, furthest along first" },
  document: { asc: "Document, A–Z", desc: "Document, Z–A" },
  checkworthiness: { desc: "Most checkworthy first", asc: "Least checkworthy first" },
  claimDate: { desc: "Claim date, newest first", asc: "Claim date, oldest first" },
  dueDate: { asc: "Due soonest first", desc: "Due latest first" },
};

/**
 * Filters and sort for the claims page. A plain GET form (works without JavaScript, the URL is the
 * state); with JavaScript a change applies at once through the router, so the back button steps
 * through views and the rest of the page keeps its place.
 */
export function ClaimFilters({
  slug,
  view,
  members,
  documents,
  statusCounts,
  detachedCount,
  meId,
}: {
  slug: string;
  view: TClaimView;
  members: TMemberOption[];
  documents: TDocumentOption[];
  statusCounts: Record<TClaimStatus, number>;
  detachedCount: number;
  meId: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const viewKey = claimsHref(slug, view);

  // The controls are uncontrolled (the form posts itself without JavaScript) and keep their DOM
  // node across navigations, so keyboard focus stays on the chip or menu just used. When the view
  // changes from elsewhere (back/forward, a header link, Clear filters) they are set to match it.
  const mounted = useRef(false);
  // Set while a view this form asked for is loading: the controls already show it, and may show
  // more by the time it lands (a search typed meanwhile), which setting them to it would wipe.
  const ownNavigation = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (!mounted.current) {
      // First run: the server rendered this view already, and a choice made before hydration stays.
      mounted.current = true;
      form.dataset.ready = "true";
      return;
    }
    if (ownNavigation.current) return;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="status"]')) input.checked = view.statuses.includes(input.value as TClaimStatus);
    const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
    const detached = field<HTMLInputElement>("detached");
    if (detached) detached.checked = view.detached;
    const noEvidence = field<HTMLInputElement>("evidence");
    if (noEvidence) noEvidence.checked = view.noEvidence;
    const set = (name: string, value: string) => {
      const el = field<HTMLInputElement | HTMLSelectElement>(name);
      if (el && el.value !== value) el.value = value;
    };
    set("assignee", view.assignee);
    set("document", view.documentId);
    set("sort", `${view.sort}:${view.order}`);
    set("q", view.q);
    // viewKey stands for the whole view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewKey]);
  // Declared after the effect above, so the commit that lands this form's view skips the sync first.
  useEffect(() => {
    if (!pending) ownNavigation.current = false;
  }, [pending]);
  const action = `/w/${slug}/claims`;

  function go(form: HTMLFormElement) {
    const data = new FormData(form);
    const sp: Record<string, string[]> = {};
    for (const [k, v] of data.entries()) if (typeof v === "string") (sp[k] ??= []).push(v);
    // A new filter starts again at page 1.
    const next = { ...parseClaimView(sp), page: 1 };
    ownNavigation.current = true;
    startTransition(() => router.push(claimsHref(slug, next), { scroll: false }));
  }
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    go(e.currentTarget);
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    // Text is applied on Enter / the Search button; every other control applies on change.
    if ((e.target as HTMLElement).getAttribute("type") === "search") return;
    go(e.currentTarget);
  };
  const otherMembers = members.filter((m) => m.id !== meId);
  const filtered = hasFilters(view);

  return (
    <form ref={formRef} role="search" aria-label="Filter claims" action={action} method="get" onSubmit={onSubmit} onChange={onChange} className="space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[16rem] flex-1">
          <label htmlFor="claims-q" className="mb-1 block text-xs font-medium text-slate-600">
            Search
          </label>
          <div className="relative">
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-slate-400">
              <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 100 11 5.5 5.5 0 000-11zM2 9a7 7 0 1112.452 4.391l3.328 3.329a.75.75 0 11-1.06 1.06l-3.329-3.328A7 7 0 012 9z" clipRule="evenodd" />
            </svg>
            <Input id="claims-q" name="q" type="search" defaultValue={view.q} placeholder="Claim, quote or claimant…" autoComplete="off" maxLength={200} className="pl-9" />
          </div>
        </div>
        <div className="w-full sm:w-44">
          <label htmlFor="claims-assignee" className="mb-1 block text-xs font-medium text-slate-600">
            Assignee
          </label>
          <Select id="claims-assignee" name="assignee" defaultValue={view.assignee}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Unassigned</option>
            {otherMembers.length > 0 && (
              <optgroup label="Members">
                {otherMembers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        </div>
        <div className="w-full sm:w-56">
          <label htmlFor="claims-document" className="mb-1 block text-xs font-medium text-slate-600">
            Document
          </label>
          <Select id="claims-document" name="document" defaultValue={view.documentId}>
            <option value="">All documents</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title.length > 60 ? `${d.title.slice(0, 58)}…` : d.title}
                {d.claimCount !== undefined ? ` (${d.claimCount})` : ""}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-full sm:w-60">
          <label htmlFor="claims-sort" className="mb-1 block text-xs font-medium text-slate-600">
            Sort
          </label>
          <Select id="claims-sort" name="sort" defaultValue={`${view.sort}:${view.order}`}>
            {CLAIM_PAGE_SORTS.flatMap((s) =>
              (CLAIM_SORT_DEFAULT_ORDER[s] === "desc" ? (["desc", "asc"] as const) : (["asc", "desc"] as const)).map((o) => (
                <option key={`${s}:${o}`} value={`${s}:${o}`}>
                  {SORT_OPTIONS[s][o]}
                </option>
              )),
            )}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        {filtered && (
          <a
            href={claimsHref(slug, { sort: view.sort, order: view.order })}
            onClick={(e) => {
              e.preventDefault();
              // Clearing resets every control to the view it lands on.
              ownNavigation.current = false;
              startTransition(() => router.push(claimsHref(slug, { sort: view.sort, order: view.order }), { scroll: false }));
            }}
            className="px-1 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 hover:underline"
          >
            Clear filters
          </a>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <fieldset className="flex flex-wrap items-center gap-1.5">
          <legend className="float-left mr-1 text-xs font-medium text-slate-600">Status</legend>
          {CLAIM_STATUSES.map((s) => {
            const on = view.statuses.includes(s);
            return (
              <label key={s} className={`${CHIP} has-checked:bg-brand-50 has-checked:text-brand-700 has-checked:ring-brand-500`}>
                <input type="checkbox" name="status" value={s} defaultChecked={on} className="sr-only" />
                <ClaimStatusDot status={s} />
                {CLAIM_STATUS_LABELS[s]}
                <span className="text-slate-500 tabular-nums group-has-checked:text-brand-700">{statusCounts[s]}</span>
              </label>
            );
          })}
        </fieldset>
        <label className={`${CHIP} has-checked:bg-orange-50 has-checked:text-orange-800 has-checked:ring-orange-400`}>
          <input type="checkbox" name="detached" value="1" defaultChecked={view.detached} className="sr-only" />
          Needs re-anchoring only
          <span className="text-slate-500 tabular-nums group-has-checked:text-orange-800">{detachedCount}</span>
        </label>
        <label className={`${CHIP} has-checked:bg-amber-50 has-checked:text-amber-900 has-checked:ring-amber-400`}>
          <input type="checkbox" name="evidence" value="none" defaultChecked={view.noEvidence} className="sr-only" />
          Has no evidence
        </label>
        {pending && (
          <span role="status" className="ml-auto text-sm text-slate-500">
            Updating…
          </span>
        )}
      </div>
    </form>
  );
}
