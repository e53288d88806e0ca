import Link from "next/link";
import { StanceSummary } from "@/components/evidence/stance-badge";
import { absoluteTime, relativeTime } from "@/components/ui/format";
import { ClaimStatusBadge, DetachedBadge, QuoteDiffersBadge } from "./claim-status-badge";
import { VerdictChip } from "../verdict-chip";
import { claimInDocumentHref, claimsHref } from "./claims-href";
import { CLAIM_SORT_DEFAULT_ORDER, CLAIM_SORT_LABELS, type TClaimPageSort, type TClaimRow, type TClaimView } from "./types";

const TH = "px-4 py-3 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";

function SortHeader({ slug, view, sort, label, className = "" }: { slug: string; view: TClaimView; sort: TClaimPageSort; label: string; className?: string }) {
  const active = view.sort === sort;
  const nextOrder = active ? (view.order === "asc" ? "desc" : "asc") : CLAIM_SORT_DEFAULT_ORDER[sort];
  return (
    <th scope="col" aria-sort={active ? (view.order === "asc" ? "ascending" : "descending") : undefined} className={`${TH} ${className}`}>
      <Link
        href={claimsHref(slug, { ...view, sort, order: nextOrder, page: 1 })}
        scroll={false}
        className={`inline-flex items-center gap-1 rounded hover:text-slate-900 ${active ? "text-slate-900" : ""}`}
        title={`Sort by ${CLAIM_SORT_LABELS[sort].toLowerCase()}`}
      >
        {label}
        {/* The visible label starts the link's name (axe label-content-name-mismatch), then what a click does. */}
        <span className="sr-only">: sort by {CLAIM_SORT_LABELS[sort].toLowerCase()}, {nextOrder === "asc" ? "ascending" : "descending"}</span>
        <span aria-hidden="true" className={active ? "text-brand-600" : "text-slate-300"}>
          {active ? (view.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}

/** 1–5 as five small bars, with the number for screen readers and a tooltip. */
function Checkworthiness({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex items-center gap-1.5" title={`Checkworthiness ${value} of 5`}>
      <span aria-hidden="true" className="flex items-end gap-0.5">
        {[1, 2, 3, 4, 5].map((i) => (
          <span key={i} className={`w-1 rounded-sm ${i <= value ? "bg-brand-600" : "bg-slate-200"}`} style={{ height: `${6 + i * 2}px` }} />
        ))}
      </span>
      <span className="text-xs text-slate-600 tabular-nums">
        <span className="sr-only">Checkworthiness </span>
        {value}
        <span className="sr-only"> of 5</span>
      </span>
    </span>
  );
}

const formatDay = (iso: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** Shortens a quote to about `max` characters at a word boundary. */
function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/**
 * The claims of a workspace: a sortable table on wide screens, a list of cards on narrow ones
 * (phones, small tablets), where six columns cannot fit; the filters' Sort menu sorts both. Every
 * control is a link, so it works without JavaScript. Only one of the two is displayed, so
 * assistive technology meets each claim once.
 */
export function ClaimTable({ slug, claims, view, meId }: { slug: string; claims: TClaimRow[]; view: TClaimView; meId: string }) {
  return (
    <>
      <div className="hidden lg:block">
        <ClaimRowsTable slug={slug} claims={claims} view={view} meId={meId} />
      </div>
      <div className="lg:hidden">
        <ClaimCards slug={slug} claims={claims} meId={meId} />
      </div>
    </>
  );
}

function ClaimRowsTable({ slug, claims, view, meId }: { slug: string; claims: TClaimRow[]; view: TClaimView; meId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="claims-table">
        <caption className="sr-only">
          Claims, sorted by {CLAIM_SORT_LABELS[view.sort].toLowerCase()}, {view.order === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <SortHeader slug={slug} view={view} sort="status" label="Status" className="w-36" />
            <th scope="col" className={`${TH} min-w-[18rem]`}>
              Claim
            </th>
            <th scope="col" className={`${TH} w-36`}>
              Evidence
            </th>
            <SortHeader slug={slug} view={view} sort="document" label="Document" className="w-44" />
            <th scope="col" className={`${TH} w-32`}>
              Assignee
            </th>
            <SortHeader slug={slug} view={view} sort="checkworthiness" label="Worth" className="w-24" />
            <SortHeader slug={slug} view={view} sort="createdAt" label="Marked" className="w-32" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {claims.map((c) => {
            const quote = excerpt(c.quote.exact);
            const restated = c.text.trim() && c.text.replace(/\s+/g, " ").trim() !== c.quote.exact.replace(/\s+/g, " ").trim();
            return (
              <tr key={c.id} className="group align-top hover:bg-slate-50" data-claim-id={c.id}>
                <td className="px-4 py-3 whitespace-nowrap">
                  <div className="flex flex-col items-start gap-1.5">
                    <ClaimStatusBadge status={c.status} />
                    <VerdictChip claim={c} />
                    {c.detachedAt && <DetachedBadge />}
                    {c.quoteInOriginal === false && <QuoteDiffersBadge />}
                    <Link href={`/w/${slug}/claims/${c.id}`} className="text-xs font-medium text-brand-700 hover:underline" data-testid="review-link">
                      Review<span className="sr-only">: {excerpt(c.quote.exact)}</span>
                    </Link>
                  </div>
                </td>
                <td className="max-w-0 px-4 py-3">
                  <Link
                    href={claimInDocumentHref(slug, c)}
                    className="line-clamp-2 font-medium text-slate-900 group-hover:text-brand-700 hover:underline"
                    title={c.text}
                  >
                    {restated ? c.text : `“${quote}”`}
                  </Link>
                  {restated && <p className="mt-0.5 line-clamp-1 text-xs text-slate-500 italic" title={c.quote.exact}>“{quote}”</p>}
                  {(c.claimant || c.claimDate || c.tags.length > 0) && (
                    <div className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                      {c.claimant && (
                        <span>
                          <span className="sr-only">Claimant: </span>
                          {c.claimant}
                        </span>
                      )}
                      {c.claimant && c.claimDate && <span aria-hidden="true" className="text-slate-300">·</span>}
                      {c.claimDate && (
                        <time dateTime={c.claimDate} title="Claim date">
                          {formatDay(c.claimDate)}
                        </time>
                      )}
                      {c.tags.map((t) => (
                        <span key={t} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
                          {t}
                        </span>
                      ))}
                    </div>
                  )}
                </td>
                <td className="px-4 py-3">
                  <StanceSummary summary={c.stanceSummary} stacked />
                </td>
                <td className="max-w-0 px-4 py-3">
                  <Link href={`/w/${slug}/documents/${c.documentId}`} className="line-clamp-2 text-slate-700 hover:text-brand-700 hover:underline" title={c.documentTitle}>
                    {c.documentTitle}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">
                  {c.assignee ? (
                    <span className="block max-w-[9rem] truncate" title={c.assignee.email}>
                      {c.assignee.name}
                      {c.assignee.id === meId && <span className="ml-1 text-xs text-slate-500">(you)</span>}
                    </span>
                  ) : (
                    <span className="text-slate-500">Unassigned</span>
                  )}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  <Checkworthiness value={c.checkworthiness} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                  <span className="block max-w-[8rem] truncate text-slate-800">{c.createdBy?.name ?? "Former member"}</span>
                  <time dateTime={c.createdAt} title={absoluteTime(c.createdAt)} className="text-xs text-slate-500">
                    {relativeTime(c.createdAt)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The same claims as cards, one under another: what the table says, in the order of the table's columns. */
function ClaimCards({ slug, claims, meId }: { slug: string; claims: TClaimRow[]; meId: string }) {
  return (
    <ul
      className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      // Not "sorted by …": that would make it a second element labelled "Sort" beside the Sort menu.
      aria-label="Claims on this page"
      data-testid="claims-cards"
    >
      {claims.map((c) => {
        const quote = excerpt(c.quote.exact, 140);
        const restated = c.text.trim() && c.text.replace(/\s+/g, " ").trim() !== c.quote.exact.replace(/\s+/g, " ").trim();
        return (
          <li key={c.id} className="px-4 py-3.5" data-testid="claim-card">
            <div className="flex flex-wrap items-center gap-1.5">
              <ClaimStatusBadge status={c.status} />
              <VerdictChip claim={c} />
              {c.detachedAt && <DetachedBadge />}
              <Link href={`/w/${slug}/claims/${c.id}`} className="text-xs font-medium text-brand-700 hover:underline">
                Review<span className="sr-only">: {quote}</span>
              </Link>
            </div>
            <Link href={claimInDocumentHref(slug, c)} className="mt-2 block font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
              {restated ? c.text : `“${quote}”`}
            </Link>
            {restated && <p className="mt-0.5 line-clamp-2 text-xs break-words text-slate-500 italic">“{quote}”</p>}
            <p className="mt-1.5">
              <span className="sr-only">Evidence: </span>
              <StanceSummary summary={c.stanceSummary} />
            </p>
            <p className="mt-1.5 text-xs break-words text-slate-600">
              <span className="sr-only">Document: </span>
              <Link href={`/w/${slug}/documents/${c.documentId}`} className="hover:text-brand-700 hover:underline">
                {c.documentTitle}
              </Link>
            </p>
            {(c.claimant || c.claimDate || c.tags.length > 0) && (
              <div className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
                {c.claimant && (
                  <span>
                    <span className="sr-only">Claimant: </span>
                    {c.claimant}
                  </span>
                )}
                {c.claimDate && (
                  <time dateTime={c.claimDate} title="Claim date">
                    {formatDay(c.claimDate)}
                  </time>
                )}
                {c.tags.map((t) => (
                  <span key={t} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">
                    {t}
                  </span>
                ))}
              </div>
            )}
            <dl className="mt-2.5 grid grid-cols-2 gap-x-4 gap-y-1.5 text-xs">
              <div className="min-w-0">
                <dt className="text-slate-500">Assignee</dt>
                <dd className="truncate text-slate-800">
                  {c.assignee ? (
                    <>
                      {c.assignee.name}
                      {c.assignee.id === meId && <span className="ml-1 text-slate-500">(you)</span>}
                    </>
                  ) : (
                    <span className="text-slate-500">Unassigned</span>
                  )}
                </dd>
              </div>
              <div className="min-w-0">
                <dt className="text-slate-500">Worth checking</dt>
                <dd>
                  <Checkworthiness value={c.checkworthiness} />
                </dd>
              </div>
              <div className="col-span-2 min-w-0">
                <dt className="sr-only">Marked</dt>
                <dd className="truncate text-slate-600">
                  Marked by {c.createdBy?.name ?? "a former member"}{" "}
                  <time dateTime={c.createdAt} title={absoluteTime(c.createdAt)}>
                    {relativeTime(c.createdAt)}
                  </time>
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
