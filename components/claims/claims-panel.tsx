"use client";

import Link from "next/link";
import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/domain/claims/claim-status";
import { formatCalendarDate } from "@/components/ui/format";
import { MARK_CLAIM_SHORTCUT, shortcutLabel } from "@/components/editor/shortcuts";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { StanceSummary } from "@/components/evidence/stance-badge";
import { ClaimEditForm } from "./claim-edit-form";
import { claimsApi } from "./claims-api";
import { ClaimStatusBadge, QuoteDiffersBadge } from "./claim-status-badge";
import { VerdictChip } from "./verdict-chip";
import { useClaimsActions, useClaimsState } from "./claims-provider";
import { ReanchorList } from "./reanchor-list";

const ALL = "";
const FIRST_PAINT_ITEMS = 25;

/** Claims in the order their text appears now (the stored position when the editor is not live yet). */
export function orderByText(claims: TClaimDto[], runs: Map<string, { start: number }[]> | null): TClaimDto[] {
  const at = (c: TClaimDto) => runs?.get(c.id)?.[0]?.start ?? c.quote.start;
  return [...claims].sort((a, b) => at(a) - at(b) || b.quote.end - a.quote.end || a.createdAt.localeCompare(b.createdAt));
}

/**
 * The side panel of the document page: its claims in text order with status and assignee filters,
 * each opening into its fields; detached claims apart, for re-anchoring. Keyboard: Tab moves
 * through it, ArrowUp/ArrowDown move between claims, Enter goes to the claim in the text.
 */
export function ClaimsPanel() {
  const ctx = useClaimsActions();
  const state = useClaimsState();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [status, setStatus] = useState(ALL);
  const [assignee, setAssignee] = useState(ALL);
  // The page's first paint and hydration (which the editor's session waits for) carry only the
  // first entries; the rest follow right after, off the critical path of opening the document.
  const [limit, setLimit] = useState(FIRST_PAINT_ITEMS);
  useEffect(() => {
    const t = setTimeout(() => startTransition(() => setLimit(Number.POSITIVE_INFINITY)), 0);
    return () => clearTimeout(t);
  }, []);

  const claims = state?.claims;
  const runs = state?.runs ?? null;
  const { anchored, detached } = useMemo(() => {
    const all = claims ?? [];
    return { anchored: orderByText(all.filter((c) => !c.detachedAt), runs), detached: all.filter((c) => c.detachedAt) };
  }, [claims, runs]);
  const shown = useMemo(
    () =>
      anchored.filter(
        (c) =>
          (status === ALL || c.status === status) &&
          (assignee === ALL || (assignee === "none" ? !c.assignee : assignee === "me" ? c.assignee?.id === ctx?.currentUserId : c.assignee?.id === assignee)),
      ),
    [anchored, status, assignee, ctx?.currentUserId],
  );

  // The panel is asked to take focus (a claim was just marked, or "Open in panel" on a card).
  const openId = state?.openClaimId ?? null;
  const focusRequest = state?.focusRequest ?? 0;
  useEffect(() => {
    if (!focusRequest || !openId) return;
    const item = document.getElementById(`claim-item-${openId}`);
    if (!item) return;
    item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    const target = item.querySelector<HTMLElement>('[data-claim-field="text"]') ?? item.querySelector<HTMLElement>("[data-claim-nav]") ?? item.querySelector<HTMLElement>("button");
    target?.focus({ preventScroll: true });
    // A new claim's text is prefilled with the quote: the caret goes after it, where one keeps typing.
    if (target instanceof HTMLTextAreaElement) target.setSelectionRange(target.value.length, target.value.length);
  }, [focusRequest, openId]);

  if (!ctx || !state) return null;
  const filtered = status !== ALL || assignee !== ALL;

  const onListKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const navs = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-claim-nav]") ?? [])];
    const i = navs.indexOf(document.activeElement as HTMLElement);
    if (i === -1) return;
    e.preventDefault();
    navs[e.key === "ArrowDown" ? Math.min(i + 1, navs.length - 1) : Math.max(i - 1, 0)]?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="claims-panel">
      <header className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <h2 id={`${id}-title`} className="flex items-center gap-2 text-base font-semibold text-slate-900">
          Claims
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700" aria-hidden="true">
            {anchored.length + detached.length}
          </span>
          <span className="sr-only">({anchored.length + detached.length})</span>
        </h2>
        <span role="status" className="text-xs text-slate-500">
          {state.marking ? "Marking…" : state.refreshing ? "Updating…" : ""}
        </span>
      </header>

      {state.notice && (
        <div
          role={state.notice.tone === "error" ? "alert" : "status"}
          className={`mx-4 mt-3 flex items-start justify-between gap-2 rounded-md px-3 py-2 text-sm ring-1 ring-inset ${state.notice.tone === "error" ? "bg-red-50 text-red-800 ring-red-200" : "bg-brand-50 text-brand-700 ring-brand-100"}`}
        >
          <span>{state.notice.message}</span>
          <button type="button" onClick={() => ctx.setNotice(null)} className="-my-0.5 rounded px-1 text-current hover:bg-white/60" aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}

      {anchored.length > 0 && (
        <div className="grid grid-cols-2 gap-2 px-4 pt-3">
          <div>
            <label htmlFor={`${id}-status`} className="block text-xs font-medium text-slate-600">
              Status
            </label>
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)} className="mt-1 block w-full rounded-md border-0 py-1 pr-7 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600">
              <option value={ALL}>All statuses</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CLAIM_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-assignee`} className="block text-xs font-medium text-slate-600">
              Assignee
            </label>
            <select id={`${id}-assignee`} value={assignee} onChange={(e) => setAssignee(e.target.value)} className="mt-1 block w-full rounded-md border-0 py-1 pr-7 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600">
              <option value={ALL}>Anyone</option>
              <option value="me">Assigned to me</option>
              <option value="none">Unassigned</option>
              {ctx.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}

      <div className="px-4 py-3">
        {anchored.length === 0 ? (
          <div className="rounded-md border-2 border-dashed border-slate-200 px-4 py-6 text-center">
            <p className="text-sm font-medium text-slate-800">{detached.length > 0 ? "No claims attached to the text" : "No claims yet"}</p>
            <p className="mt-1 text-sm text-slate-600">{ctx.canEdit ? `Select a sentence and press Mark claim (${shortcutLabel(MARK_CLAIM_SHORTCUT)}).` : "Claims marked by your team appear here."}</p>
          </div>
        ) : shown.length === 0 ? (
          <p className="py-4 text-center text-sm text-slate-600">
            No claims match these filters.{" "}
            {filtered && (
              <button
                type="button"
                className="font-medium text-brand-700 underline"
                onClick={() => {
                  setStatus(ALL);
                  setAssignee(ALL);
                }}
              >
                Show all
              </button>
            )}
          </p>
        ) : (
          <ul ref={listRef} onKeyDown={onListKeyDown} className="space-y-2" aria-label="Claims in text order" data-testid="claims-list">
            {shown.slice(0, limit).map((c, i) => (
              <ClaimListItem key={c.id} claim={c} index={i + 1} open={openId === c.id} anchoredNow={runs ? runs.has(c.id) : true} />
            ))}
          </ul>
        )}
      </div>

      {detached.length > 0 && <ReanchorList claims={detached} />}
    </section>
  );
}

// Memoised: hovering a highlight or opening one claim must not re-render two hundred entries.
const ClaimListItem = memo(function ClaimListItem({ claim, index, open, anchoredNow }: { claim: TClaimDto; index: number; open: boolean; anchoredNow: boolean }) {
  const ctx = useClaimsActions()!;
  const formId = `claim-form-${claim.id}`;
  const restated = claim.text.trim() && claim.text.trim() !== claim.quote.exact.trim() ? claim.text : null;
  // Evidence changes re-read the claim: its DTO carries the evidence and the stance summary.
  const reload = useCallback(async () => {
    const r = await claimsApi.get(ctx.workspaceSlug, claim.id);
    if (r.ok) ctx.upsert(r.value);
  }, [ctx, claim.id]);
  const go = () => {
    ctx.openClaim(claim.id);
    if (!ctx.selectInEditor(claim.id) && !anchoredNow) ctx.setNotice({ tone: "info", message: "This claim's text is not in the document right now." });
  };
  return (
    <li id={`claim-item-${claim.id}`} data-claim-id={claim.id} data-testid="claim-item" className={`rounded-md ring-1 transition-shadow ${open ? "shadow-sm ring-2 ring-brand-500" : "ring-slate-200 hover:ring-slate-300"}`}>
      <div className="flex items-start gap-1 p-1">
        <button
          type="button"
          data-claim-nav
          onClick={go}
          onMouseEnter={() => ctx.setHovered([claim.id])}
          onMouseLeave={() => ctx.setHovered([])}
          onFocus={() => ctx.setHovered([claim.id])}
          onBlur={() => ctx.setHovered([])}
          className="min-w-0 flex-1 rounded px-2 py-1.5 text-left hover:bg-slate-50"
          title="Go to it in the text"
        >
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <ClaimStatusBadge status={claim.status} />
            <VerdictChip claim={claim} />
            {claim.quoteInOriginal === false && <QuoteDiffersBadge />}
            {claim.assignee && <span className="truncate text-xs text-slate-600">{claim.assignee.name}</span>}
            {claim.dueDate && <DueDate ymd={claim.dueDate} done={claim.status === "PUBLISHED" || claim.status === "CORRECTED"} />}
          </span>
          {claim.stanceSummary.total > 0 && (
            <span className="mt-1.5 block">
              <StanceSummary summary={claim.stanceSummary} compact />
            </span>
          )}
          <span className="mt-1.5 line-clamp-3 block text-sm leading-snug text-slate-800" data-testid="claim-quote">
            “{claim.quote.exact}”
          </span>
          {restated && <span className="mt-1 line-clamp-2 block text-xs text-slate-600">{restated}</span>}
        </button>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={formId}
          aria-label={`${ctx.canEdit ? "Edit" : "Details of"} claim ${index}`}
          onClick={() => ctx.openClaim(open ? null : claim.id)}
          className="mt-1 grid size-8 shrink-0 place-items-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          <svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" className={`transition-transform ${open ? "rotate-180" : ""}`}>
            <path d="m5 8 5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
      {open && (
        <div
          id={formId}
          className="border-t border-slate-100 px-3 pt-3 pb-3"
          onKeyDown={(e) => {
            // Escape closes the form (unsaved edits stay in the draft only while it is open, as with the toggle) and gives focus back to its toggle.
            if (e.key !== "Escape" || e.defaultPrevented || (e.target as HTMLElement).closest("dialog")) return;
            e.preventDefault();
            ctx.openClaim(null);
            document.querySelector<HTMLElement>(`[aria-controls="${formId}"]`)?.focus();
          }}
        >
          {ctx.canEdit ? <ClaimEditForm claim={claim} members={ctx.members} /> : <ClaimFacts claim={claim} reviewHref={`/w/${ctx.workspaceSlug}/claims/${claim.id}`} />}
          <EvidenceSection slug={ctx.workspaceSlug} claim={claim} canEdit={ctx.canEdit} reload={reload} />
        </div>
      )}
    </li>
  );
});

/** A viewer's read-only view of the claim's fields. */
export function ClaimFacts({ claim, reviewHref }: { claim: TClaimDto; reviewHref: string }) {
  const rows: [string, string | null][] = [
    ["Claim", claim.text || null],
    ["Claimant", claim.claimant],
    ["Claim date", claim.claimDate],
    ["Where it appeared", claim.appearanceUrl],
    ["Checkworthiness", claim.checkworthiness ? `${claim.checkworthiness} of 5` : null],
    ["Tags", claim.tags.length ? claim.tags.join(", ") : null],
    ["Assignee", claim.assignee?.name ?? null],
    ["Due date", claim.dueDate],
    ["Marked by", claim.createdBy?.name ?? null],
  ];
  return (
    <div className="space-y-3">
      <dl className="space-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium text-slate-500">{label}</dt>
            <dd className="break-words text-slate-800">{value ?? <span className="text-slate-500">—</span>}</dd>
          </div>
        ))}
      </dl>
      <Link href={reviewHref} className="text-sm font-medium text-brand-700 hover:underline" data-testid="open-review">
        Open review
      </Link>
    </div>
  );
}

/** The due date; past it (and not published yet) it says so in red, not by colour alone. */
function DueDate({ ymd, done }: { ymd: string; done: boolean }) {
  const overdue = !done && ymd < new Date().toISOString().slice(0, 10);
  return <span className={`text-xs ${overdue ? "font-medium text-red-700" : "text-slate-600"}`}>{overdue ? "Overdue since" : "Due"} {formatCalendarDate(ymd)}</span>;
}
