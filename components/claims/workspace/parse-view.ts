import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { CLAIM_PAGE_SORTS, CLAIM_SORT_DEFAULT_ORDER, DEFAULT_CLAIM_SORT, type TClaimPageSort, type TClaimView } from "./types";

type TSearchParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => all(v)[0];

/**
 * The view a claims-page URL asks for. Hand-edited nonsense falls back to defaults instead of an
 * error page. `sort` may carry its order (`sort=status:desc`): the sort menu of the filter form
 * sends it that way when JavaScript is off.
 */
export function parseClaimView(sp: TSearchParams): TClaimView {
  const statuses = CLAIM_STATUSES.filter((s) => all(sp.status).flatMap((v) => v.split(",")).includes(s)) as TClaimStatus[];
  const assigneeParam = (one(sp.assignee) ?? "").trim();
  const assignee = assigneeParam === "me" || assigneeParam === "none" || UUID.test(assigneeParam) ? assigneeParam.toLowerCase() : "";
  const documentParam = (one(sp.document) ?? "").trim();
  const documentId = UUID.test(documentParam) ? documentParam.toLowerCase() : "";
  const detachedParam = one(sp.detached);
  const detached = detachedParam === "1" || detachedParam === "true" || detachedParam === "on";
  const noEvidence = one(sp.evidence) === "none";
  const q = (one(sp.q) ?? "").trim().slice(0, 200);

  const [sortPart, orderInSort] = (one(sp.sort) ?? "").split(":");
  const sort = (CLAIM_PAGE_SORTS as readonly string[]).includes(sortPart ?? "") ? (sortPart as TClaimPageSort) : DEFAULT_CLAIM_SORT;
  const orderParam = one(sp.order) ?? orderInSort;
  const order = orderParam === "asc" || orderParam === "desc" ? orderParam : CLAIM_SORT_DEFAULT_ORDER[sort];
  const pageNum = Number(one(sp.page));
  const page = Number.isInteger(pageNum) && pageNum >= 1 && pageNum <= 100_000 ? pageNum : 1;
  return { statuses, assignee, documentId, detached, noEvidence, q, sort, order, page };
}
