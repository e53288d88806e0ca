import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimsWhere, ZListClaimsInput } from "./list-claims";

/** The claims list's filters (same names, same validation). */
export const ZCountClaimsByStatusInput = ZListClaimsInput.pick({ workspaceSlug: true, documentId: true, status: true, assigneeId: true, detached: true, evidence: true, q: true });
export type TCountClaimsByStatusInput = z.input<typeof ZCountClaimsByStatusInput>;

/**
 * How many claims a workspace has in each status (every status present, zeros included), how many
 * need re-anchoring, and the total. Claims of deleted documents are left out, as everywhere else.
 * The overview shows them unfiltered; the claims page passes its filters and gets faceted counts,
 * each ignoring its own filter: a status chip counts the claims that match every other filter
 * (so its number is what choosing it adds), and `detached` counts the ones needing re-anchoring
 * among those matching every filter but that toggle. `total` is the sum of `byStatus`.
 */
export async function countClaimsByStatus({ actor, ...input }: { actor: TActor } & TCountClaimsByStatusInput) {
  const { workspaceSlug, ...filters } = ZCountClaimsByStatusInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const [groups, detached] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: claimsWhere(workspace.id, actor, { ...filters, status: undefined }), _count: { _all: true } }),
    db.claim.count({ where: claimsWhere(workspace.id, actor, { ...filters, detached: true }) }),
  ]);
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<TClaimStatus, number>;
  for (const g of groups) byStatus[g.status] = g._count._all;
  const total = CLAIM_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  return { byStatus, detached, total };
}

export type TClaimStatusCounts = Awaited<ReturnType<typeof countClaimsByStatus>>;
