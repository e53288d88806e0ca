import "server-only";
import type { TTx } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { unlockClaimText } from "./claim-text-lock";
import { loadReviewContext } from "./load-review-context";

/**
 * The text under a claim in review must change (a correction to the article text): the claim's
 * approvals are voided with the reason, it leaves review (back to research, its CLAIM_REVIEW lock
 * lifted) and both are audited, in the caller's transaction. The author resubmits once the text
 * is right, and the reviewers sign the corrected text.
 */
export async function withdrawForTextCorrection(tx: TTx, opts: { actor: TActor; workspaceId: string; claimId: string; reason: string }): Promise<void> {
  const ctx = await loadReviewContext(tx, opts.workspaceId, opts.claimId);
  const { claim } = ctx;
  const reason = `The document's text was unlocked for a correction: ${opts.reason}`;
  if (ctx.standing.length > 0) {
    await tx.review.updateMany({
      where: { id: { in: ctx.standing.map((r) => r.id) }, voidedAt: null },
      data: { voidedAt: new Date(), voidReason: reason, voidedById: opts.actor.userId },
    });
  }
  await unlockClaimText(tx, claim);
  const from = claim.status;
  const to = from === "IN_REVIEW" || from === "APPROVED" ? "RESEARCHING" : from;
  const { version } = await tx.claim.update({ where: { id: claim.id }, data: { status: to, version: { increment: 1 } }, select: { version: true } });
  if (ctx.standing.length > 0) {
    await recordAuditEvent(tx, {
      actor: opts.actor,
      workspaceId: opts.workspaceId,
      action: "review.approvals_voided",
      targetType: "claim",
      targetId: claim.id,
      data: { claimId: claim.id, reason, parts: ["documentText"], count: ctx.standing.length, claimVersion: version },
    });
  }
  if (to !== from) {
    await recordAuditEvent(tx, {
      actor: opts.actor,
      workspaceId: opts.workspaceId,
      action: "claim.status_changed",
      targetType: "claim",
      targetId: claim.id,
      data: { claimId: claim.id, from, to, workflowAction: "text_correction", reason, claimVersion: version },
    });
  }
}
