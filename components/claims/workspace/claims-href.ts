import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { CLAIM_SORT_DEFAULT_ORDER, DEFAULT_CLAIM_SORT, type TClaimView } from "./types";

/**
 * The query string for a view, defaults left out so links stay short and shareable. Statuses are
 * repeated `status=` parameters in workflow order, so one view has one URL.
 */
export function claimsQuery(view: Partial<TClaimView>, opts: { page?: boolean } = {}): URLSearchParams {
  const sp = new URLSearchParams();
  const statuses = CLAIM_STATUSES.filter((s) => view.statuses?.includes(s));
  for (const s of statuses) sp.append("status", s);
  if (view.assignee) sp.set("assignee", view.assignee);
  if (view.documentId) sp.set("document", view.documentId);
  if (view.detached) sp.set("detached", "1");
  if (view.noEvidence) sp.set("evidence", "none");
  if (view.q) sp.set("q", view.q);
  const sort = view.sort ?? DEFAULT_CLAIM_SORT;
  if (sort !== DEFAULT_CLAIM_SORT) sp.set("sort", sort);
  if (view.order && view.order !== CLAIM_SORT_DEFAULT_ORDER[sort]) sp.set("order", view.order);
  if (opts.page !== false && view.page && view.page > 1) sp.set("page", String(view.page));
  return sp;
}

export function claimsHref(slug: string, view: Partial<TClaimView>): string {
  const qs = claimsQuery(view).toString();
  return `/w/${slug}/claims${qs ? `?${qs}` : ""}`;
}

/** A link to the claims page showing only `status` (the overview's summary uses it). */
export const claimsWithStatusHref = (slug: string, status: TClaimStatus) => claimsHref(slug, { statuses: [status] });

/** Where a claim lives: its document, opened at the claim. */
export const claimInDocumentHref = (slug: string, claim: { id: string; documentId: string }) =>
  `/w/${slug}/documents/${claim.documentId}?claim=${encodeURIComponent(claim.id)}`;

/**
 * The CSV export of the same view (all pages). The API names its filters after the claim's fields
 * (`assigneeId`, `documentId`), the page after what a person reads in the URL (`assignee`, `document`).
 */
export function claimsExportHref(slug: string, view: Partial<TClaimView>): string {
  const sp = new URLSearchParams();
  for (const s of CLAIM_STATUSES.filter((s) => view.statuses?.includes(s))) sp.append("status", s);
  if (view.assignee) sp.set("assigneeId", view.assignee);
  if (view.documentId) sp.set("documentId", view.documentId);
  if (view.detached) sp.set("detached", "true");
  if (view.noEvidence) sp.set("evidence", "none");
  if (view.q) sp.set("q", view.q);
  if (view.sort) sp.set("sort", view.sort);
  if (view.order) sp.set("order", view.order);
  const qs = sp.toString();
  return `/api/w/${slug}/claims/export.csv${qs ? `?${qs}` : ""}`;
}
