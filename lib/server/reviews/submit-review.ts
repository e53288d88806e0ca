import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { buildReviewState } from "./review-state";
import { runWorkflowAction } from "./run-workflow-action";
import { zClaimVersion, zReason, zSignOffHash } from "./review-fields";

const DECISIONS = { approve: "approve", request_changes: "request_changes", override: "override_approve" } as const;

export const ZSubmitReviewInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    decision: z.enum(["approve", "request_changes", "override"], { error: "decision must be approve, request_changes or override." }),
    claimVersion: zClaimVersion,
    signOffHash: zSignOffHash,
    comment: zReason.optional(),
  })
  .strict();
export type TSubmitReviewInput = z.input<typeof ZSubmitReviewInput>;

/**
 * A reviewer's decision on a claim's current verdict: approve (bound to `signOffHash`, the hash of
 * the content they read; 409 if it changed since), request changes (a comment the author must
 * see; based on `claimVersion`), or an owner's override (a written reason; flagged in the audit
 * trail). The workflow machine decides; the author never approves their own verdict and one
 * person counts once.
 */
export async function submitReview({ actor, ...input }: { actor: TActor } & TSubmitReviewInput): Promise<TReviewStateDto> {
  const { workspaceSlug, claimId, decision, claimVersion, signOffHash, comment } = ZSubmitReviewInput.parse(input);
  return db.$transaction(
    async (tx) => {
      const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" }, tx);
      const ctx = await runWorkflowAction(tx, {
        actor,
        workspace,
        role: membership.role,
        claimId,
        action: DECISIONS[decision],
        basis: { claimVersion, signOffHash },
        reason: comment,
      });
      return buildReviewState(tx, ctx, { userId: actor.userId, role: membership.role, requiredApprovals: workspace.requiredApprovals });
    },
    { timeout: 15_000 },
  );
}
