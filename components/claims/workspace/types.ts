import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_SORT_DEFAULT_ORDER, CLAIM_SORTS, type TClaimSort, type TSortOrder } from "@/lib/domain/claims/claim-sorts";
import type { TClaimStatus } from "@/lib/domain/claims/claim-status";

/** Sorts the workspace claims page offers (the API also knows "position", which only makes sense inside one document). */
export const CLAIM_PAGE_SORTS = CLAIM_SORTS.filter((s): s is Exclude<TClaimSort, "position"> => s !== "position");
export type TClaimPageSort = Exclude<TClaimSort, "position">;
export type { TSortOrder };
export { CLAIM_SORT_DEFAULT_ORDER };

export const CLAIM_SORT_LABELS: Record<TClaimPageSort, string> = {
  createdAt: "Date marked",
  updatedAt: "Last updated",
  status: "Status",
  document: "Document",
  checkworthiness: "Checkworthiness",
  claimDate: "Claim date",
  dueDate: "Due date",
};

export const DEFAULT_CLAIM_SORT: TClaimPageSort = "createdAt";

/** What the URL says about the view: filters, sort and page. Everything else is derived from the data. */
export type TClaimFilters = {
  statuses: TClaimStatus[];
  /** "" anyone, "me", "none" (unassigned) or a member's user id. */
  assignee: string;
  /** "" any document, else a document id. */
  documentId: string;
  detached: boolean;
  /** Only claims no source has been attached to yet. */
  noEvidence: boolean;
  q: string;
};

export type TClaimView = TClaimFilters & { sort: TClaimPageSort; order: TSortOrder; page: number };


export type TClaimRow = TClaimDto;

export type TMemberOption = { id: string; name: string };
export type TDocumentOption = { id: string; title: string; claimCount?: number };

export const hasFilters = (f: TClaimFilters) => f.statuses.length > 0 || !!f.assignee || !!f.documentId || f.detached || f.noEvidence || !!f.q;
