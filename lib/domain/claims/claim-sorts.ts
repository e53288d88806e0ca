/** How claim lists can be ordered: one list for the API, the CSV export and the claims page. Pure. */
export const CLAIM_SORTS = ["position", "createdAt", "updatedAt", "status", "document", "checkworthiness", "claimDate", "dueDate"] as const;
export type TClaimSort = (typeof CLAIM_SORTS)[number];
export type TSortOrder = "asc" | "desc";

/** The direction a sort starts in: text order, workflow order and titles ascending; newest / most checkworthy first. */
export const CLAIM_SORT_DEFAULT_ORDER: Record<TClaimSort, TSortOrder> = {
  position: "asc",
  createdAt: "desc",
  updatedAt: "desc",
  status: "asc",
  document: "asc",
  checkworthiness: "desc",
  claimDate: "desc",
  // Soonest first: what is due next, overdue at the top.
  dueDate: "asc",
};
