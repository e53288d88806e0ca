import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZCountClaimsByStatusInput = z.object({ workspaceSlug: z.string() });
export type TCountClaimsByStatusInput = z.infer<typeof ZCountClaimsByStatusInput>;

/**
 * How many claims a workspace has in each status (every status present, zeros included), how many
 * need re-anchoring, and the total. Claims of deleted documents are left out, as everywhere else.
 * The overview and the claims page's filter chips both show these numbers.
 */
export async function countClaimsByStatus({ actor, ...input }: { actor: TActor } & TCountClaimsByStatusInput) {
  const { workspaceSlug } = ZCountClaimsByStatusInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const where = { workspaceId: workspace.id, document: { deletedAt: null } };
  const [groups, detached] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.claim.count({ where: { ...where, detachedAt: { not: null } } }),
  ]);
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<TClaimStatus, number>;
  for (const g of groups) byStatus[g.status] = g._count._all;
  const total = CLAIM_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  return { byStatus, detached, total };
}

export type TClaimStatusCounts = Awaited<ReturnType<typeof countClaimsByStatus>>;
