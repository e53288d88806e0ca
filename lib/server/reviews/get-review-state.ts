import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { loadReviewContext } from "./load-review-context";
import { buildReviewState } from "./review-state";

export const ZGetReviewStateInput = z.object({ workspaceSlug: z.string(), claimId: z.string() }).strict();
export type TGetReviewStateInput = z.infer<typeof ZGetReviewStateInput>;

/**
 * A claim's review state for the review view: current verdict, the hash an approval would sign
 * now, every review (voided ones included), the quorum, and what the caller may do. Any member.
 * One repeatable-read transaction, so the hash and the reviews are of one moment without
 * taking the row lock writers queue on.
 */
export async function getReviewState({ actor, ...input }: { actor: TActor } & TGetReviewStateInput): Promise<TReviewStateDto> {
  const { workspaceSlug, claimId } = ZGetReviewStateInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" }, tx);
    const ctx = await loadReviewContext(tx, workspace.id, claimId, { lock: false });
    return buildReviewState(tx, ctx, { userId: actor.userId, role: membership.role, requiredApprovals: workspace.requiredApprovals });
  }, { isolationLevel: "RepeatableRead" });
}
