import "server-only";
import { z } from "zod";
import { zSearchText } from "@/lib/server/http/search-text";
import { db } from "@/lib/db";
import { DOCUMENT_SORTS, type TDocumentList } from "@/lib/domain/documents/document-dto";
import { escapeLikePattern } from "@/lib/domain/like-pattern";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { documentSummarySelect, toDocumentSummary } from "./to-document-dto";

// The list also shows how many claims each document has: one COUNT subquery per row, in the same query.
const listSelect = { ...documentSummarySelect, _count: { select: { claims: true } } } satisfies Prisma.DocumentSelect;

export const ZListDocumentsInput = z.object({
  workspaceSlug: z.string(),
  q: zSearchText().optional().catch(undefined),
  sort: z.enum(DOCUMENT_SORTS, { error: `sort must be one of ${DOCUMENT_SORTS.join(", ")}.` }).default("lastActivityAt"),
  order: z.enum(["asc", "desc"], { error: "order must be asc or desc." }).optional(),
  page: z.coerce.number({ error: "page must be a number." }).int("page must be a whole number.").min(1, "page starts at 1.").default(1),
  pageSize: z.coerce.number({ error: "pageSize must be a number." }).int().min(1).max(100, "pageSize can be at most 100.").default(20),
});
export type TListDocumentsInput = z.input<typeof ZListDocumentsInput>;

/**
 * One page of a workspace's documents (deleted ones never), filtered by title, sorted with the id
 * as tie-breaker so pages never repeat or skip a row, with the total for the pager.
 */
export async function listDocuments({ actor, ...input }: { actor: TActor } & TListDocumentsInput): Promise<TDocumentList> {
  const { workspaceSlug, q, sort, order, page, pageSize } = ZListDocumentsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const where: Prisma.DocumentWhereInput = {
    workspaceId: workspace.id,
    deletedAt: null,
    // A typed % or _ must match itself, not every title.
    ...(q ? { title: { contains: escapeLikePattern(q), mode: "insensitive" } } : {}),
  };
  const direction = order ?? (sort === "title" ? "asc" : "desc");
  const orderBy: Prisma.DocumentOrderByWithRelationInput[] = [{ [sort]: direction }, { id: direction }];
  const [total, rows] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: listSelect }),
  ]);
  return {
    documents: rows.map((row) => ({ ...toDocumentSummary(row), claimCount: row._count.claims })),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    sort,
    order: direction,
    q: q ?? "",
  };
}
