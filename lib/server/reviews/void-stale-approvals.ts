import "server-only";
import type { TTx } from "@/lib/db";
import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { describeSignOffChanges, signOffChanges, type TSignOffPart } from "@/lib/domain/reviews/sign-off-hash";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notify } from "@/lib/server/notifications/notify";
import { asSignOffInput, type TReviewContext } from "./load-review-context";

/**
 * Voids every standing approval (and override) whose hash is not the content's current one, in
 * the caller's transaction: the rows stay, marked void with the reason a person can read ("The
 * evidence changed: …"), and an approved claim goes back to review. Returns how many were voided.
 * Only claims in review or approved have standing approvals; anything else is a no-op.
 */
export async function voidStaleApprovals(
  tx: TTx,
  ctx: TReviewContext,
  opts: { actor: TActor | null; cause?: string },
): Promise<{ voided: number; status: TClaimStatus; version: number }> {
  const { claim, standing, current } = ctx;
  const stale = current ? standing.filter((r) => r.signOffHash !== current.hash) : standing;
  if (stale.length === 0) return { voided: 0, status: claim.status, version: claim.version };

  const parts = new Set<TSignOffPart>();
  if (current) for (const r of stale) for (const p of signOffChanges(asSignOffInput(r.signOffInput), current.input)) parts.add(p);
  const changed = describeSignOffChanges([...parts]);
  const reason = [changed, opts.cause].filter(Boolean).join(" ") || "The signed-off content changed.";
  await tx.review.updateMany({
    where: { id: { in: stale.map((r) => r.id) }, voidedAt: null },
    data: { voidedAt: new Date(), voidReason: reason, voidedById: opts.actor?.userId ?? null },
  });
  const next: TClaimStatus = claim.status === "APPROVED" ? "IN_REVIEW" : claim.status;
  const updated = await tx.claim.update({ where: { id: claim.id }, data: { status: next, version: { increment: 1 } }, select: { version: true } });
  await recordAuditEvent(tx, {
    actor: opts.actor,
    workspaceId: claim.workspaceId,
    action: "review.approvals_voided",
    targetType: "claim",
    targetId: claim.id,
    data: {
      claimId: claim.id,
      reason,
      parts: [...parts],
      count: stale.length,
      claimVersion: updated.version,
      ...(next !== claim.status ? { status: { from: claim.status, to: next } } : {}),
    },
  });
  // The authors of the versions those approvals signed (a new version may be someone else's).
  for (const authorId of new Set(stale.map((r) => r.verdict.authorId))) {
    await notify(tx, { workspaceId: claim.workspaceId, claimId: claim.id, event: { kind: "approval_voided", actorId: opts.actor?.userId ?? null, verdictAuthorId: authorId }, data: { reason } });
  }
  // Keep the context true for whatever the caller does next in this transaction.
  ctx.standing = standing.filter((r) => !stale.includes(r));
  claim.status = next;
  claim.version = updated.version;
  return { voided: stale.length, status: next, version: updated.version };
}
