import "server-only";
import { z } from "zod";
import { zSearchText } from "@/lib/server/http/search-text";
import { db } from "@/lib/db";
import type { TClaimList } from "@/lib/domain/claims/claim-dto";
import { CLAIM_SORT_DEFAULT_ORDER, CLAIM_SORTS, type TClaimSort } from "@/lib/domain/claims/claim-sorts";
import { CLAIM_STATUSES } from "@/lib/domain/claims/claim-status";
import { isUuid } from "@/lib/domain/ids";
import { escapeLikePattern } from "@/lib/domain/like-pattern";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";

export const CLAIM_PAGE_SIZE_MAX = 500;


/** Query strings give "A,B" or repeated params; both become a list. */
const statusList = z
  .union([z.string(), z.array(z.string())], { error: "status must be a status or a list of them." })
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(CLAIM_STATUSES, { error: `status must be one of ${CLAIM_STATUSES.join(", ")}.` })));

export const ZListClaimsInput = z.object({
  workspaceSlug: z.string(),
  documentId: z.string().refine(isUuid, "documentId must be a document id.").optional(),
  status: statusList.optional(),
  /** A member's id, "me" (the actor) or "none" (unassigned). */
  assigneeId: z
    .string()
    .refine((v) => v === "me" || v === "none" || isUuid(v), 'assigneeId must be a user id, "me" or "none".')
    .optional(),
  /** true: only claims needing re-anchoring; false: only anchored ones. */
  detached: z
    .union([z.boolean(), z.enum(["true", "false", "1", "0"])], { error: "detached must be true or false." })
    .transform((v) => v === true || v === "true" || v === "1")
    .optional(),
  /** "none": only claims without evidence; "any": only claims with some. */
  evidence: z.enum(["none", "any"], { error: 'evidence must be "none" or "any".' }).optional(),
  q: zSearchText().optional(),
  sort: z.enum(CLAIM_SORTS, { error: `sort must be one of ${CLAIM_SORTS.join(", ")}.` }).default("position"),
  order: z.enum(["asc", "desc"], { error: "order must be asc or desc." }).optional(),
  page: z.coerce.number({ error: "page must be a number." }).int("page must be a whole number.").min(1, "page starts at 1.").default(1),
  pageSize: z.coerce
    .number({ error: "pageSize must be a number." })
    .int("pageSize must be a whole number.")
    .min(1, "pageSize must be at least 1.")
    .max(CLAIM_PAGE_SIZE_MAX, `pageSize can be at most ${CLAIM_PAGE_SIZE_MAX}.`)
    .default(50),
  /**
   * "summary": each claim's `evidence` is left empty and only `stanceSummary` is filled. The
   * document page's panel asks for this (200 claims with their evidence tripled its payload) and
   * loads a claim's evidence when the claim is opened.
   */
  detail: z.enum(["full", "summary"], { error: 'detail must be "full" or "summary".' }).default("full"),
});
export type TListClaimsInput = z.input<typeof ZListClaimsInput>;
type TParsed = z.output<typeof ZListClaimsInput>;

/** The filter part of a claims query, scoped to the workspace; also used by the CSV export. */
export function claimsWhere(workspaceId: string, actor: TActor, f: Pick<TParsed, "documentId" | "status" | "assigneeId" | "detached" | "evidence" | "q">): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [{ workspaceId }, { document: { deletedAt: null } }];
  if (f.documentId) and.push({ documentId: f.documentId });
  if (f.status?.length) and.push({ status: { in: f.status } });
  if (f.assigneeId === "me") and.push({ assigneeId: actor.userId });
  else if (f.assigneeId === "none") and.push({ assigneeId: null });
  else if (f.assigneeId) and.push({ assigneeId: f.assigneeId });
  if (f.detached === true) and.push({ detachedAt: { not: null } });
  if (f.detached === false) and.push({ detachedAt: null });
  if (f.evidence === "none") and.push({ evidence: { none: {} } });
  if (f.evidence === "any") and.push({ evidence: { some: {} } });
  if (f.q) {
    // A typed % or _ must match itself, not anything.
    const q = escapeLikePattern(f.q);
    and.push({
      OR: [
        { text: { contains: q, mode: "insensitive" } },
        { quoteExact: { contains: q, mode: "insensitive" } },
        { claimant: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

/** Always ends in the id, so pages never repeat or skip a claim. */
export function claimsOrderBy(sort: TClaimSort, order: "asc" | "desc"): Prisma.ClaimOrderByWithRelationInput[] {
  const last = { sort: order, nulls: "last" } as const;
  const inText: Prisma.ClaimOrderByWithRelationInput[] = [{ positionStart: order }, { positionEnd: order === "asc" ? "desc" : "asc" }];
  switch (sort) {
    // Text order within each document (an enclosing claim before the claims nested in it), documents by title.
    case "position":
      return [{ document: { title: order } }, { documentId: order }, ...inText, { id: order }];
    case "document":
      return [{ document: { title: order } }, { documentId: order }, { createdAt: order }, { id: order }];
    case "checkworthiness":
      return [{ checkworthiness: last }, { createdAt: "desc" }, { id: order }];
    case "claimDate":
      return [{ claimDate: last }, { createdAt: "desc" }, { id: order }];
    case "dueDate":
      return [{ dueDate: last }, { createdAt: "desc" }, { id: order }];
    case "status":
      return [{ status: order }, { updatedAt: "desc" }, { id: order }];
    default:
      return [{ [sort]: order }, { id: order }];
  }
}

/**
 * One page of a workspace's claims (claims of deleted documents never) with filters, a sort whose
 * ties break on the id, and the total for the pager. Every member may list.
 */
export async function listClaims({ actor, ...input }: { actor: TActor } & TListClaimsInput): Promise<TClaimList> {
  const v = ZListClaimsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug: v.workspaceSlug, capability: "workspace.read" });
  const where = claimsWhere(workspace.id, actor, v);
  const orderBy = claimsOrderBy(v.sort, v.order ?? CLAIM_SORT_DEFAULT_ORDER[v.sort]);
  const [total, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({ where, orderBy, skip: (v.page - 1) * v.pageSize, take: v.pageSize, select: claimSelect }),
  ]);
  return { claims: await toClaimDtos(db, rows, { evidence: v.detail }), total, page: v.page, pageSize: v.pageSize };
}

