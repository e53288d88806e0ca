import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { buildReviewState } from "./review-state";
import { runWorkflowAction } from "./run-workflow-action";
import { zClaimVersion, zReason } from "./review-fields";

/** The workflow actions that are not a review decision (those go through submitReview), publishing included. */
export const MOVE_ACTIONS = ["start_research", "return_to_draft", "submit_for_review", "withdraw_submission", "revise", "publish", "correct", "reopen"] as const;

export const ZMoveClaimInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    action: z.enum(MOVE_ACTIONS, { error: `action must be one of ${MOVE_ACTIONS.join(", ")}.` }),
    claimVersion: zClaimVersion,
    reason: zReason.optional(),
  })
  .strict();
export type TMoveClaimInput = z.input<typeof ZMoveClaimInput>;

/**
 * Moves a claim through the workflow (start research, back to draft, submit for review, withdraw,
 * revise), as the state machine allows for the caller's role and the claim's status. Based on
 * `claimVersion`: a move decided on an old view is a 409 naming what changed.
 */
export async function moveClaim({ actor, ...input }: { actor: TActor } & TMoveClaimInput): Promise<TReviewStateDto> {
  const { workspaceSlug, claimId, action, claimVersion, reason } = ZMoveClaimInput.parse(input);
  return db.$transaction(
    async (tx) => {
      const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" }, tx);
      const ctx = await runWorkflowAction(tx, { actor, workspace, role: membership.role, claimId, action, basis: { claimVersion }, reason });
      return buildReviewState(tx, ctx, { userId: actor.userId, role: membership.role, requiredApprovals: workspace.requiredApprovals });
    },
    { timeout: 15_000 },
  );
}
