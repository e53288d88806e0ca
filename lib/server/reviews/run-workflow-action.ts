import "server-only";
import type { TTx } from "@/lib/db";
import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { can, type TRole } from "@/lib/domain/roles";
import { describeSignOffChanges, signOffChanges } from "@/lib/domain/reviews/sign-off-hash";
import { publisherRolesOf } from "@/lib/domain/publishing/public-profile";
import { actionNeedsReason, decide, describeQuorum, type TWorkflowAction, type TWorkflowEffect } from "@/lib/domain/reviews/workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import type { TAuditAction } from "@/lib/domain/audit/audit-actions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";
import { createPublication } from "@/lib/server/publishing/create-publication";
import { notify } from "@/lib/server/notifications/notify";
import { lockClaimText, unlockClaimText } from "./claim-text-lock";
import { asSignOffInput, countValidApprovals, loadReviewContext, type TReviewContext } from "./load-review-context";
import { staleClaimConflict } from "./stale-claim-conflict";
import { voidStaleApprovals } from "./void-stale-approvals";

/**
 * What the write was based on. Approvals are based on the content they saw (its sign-off hash):
 * another reviewer's approval in between changes nothing they approved, so it does not make
 * theirs stale, while any change to the content does. Every other action is based on the claim
 * version: a request for changes, a withdrawal or a submission decided on an old view is refused.
 */
export type TWorkflowBasis = { claimVersion: number; signOffHash?: string };

/** Who may take an action at all, so a refusal for the role is a 403 and one for the state a 409. */
function roleMayTry(role: TRole, action: TWorkflowAction, publisherRoles: readonly TRole[]): boolean {
  switch (action) {
    case "approve":
    case "request_changes":
      return can(role, "verdict.review");
    case "override_approve":
      return role === "OWNER";
    case "publish":
    case "correct":
    case "reopen":
      return publisherRoles.includes(role);
    default:
      return can(role, "content.edit");
  }
}

const STATUS_EVENT_ACTIONS: Partial<Record<TWorkflowAction, TAuditAction>> = {
  approve: "review.approved",
  request_changes: "review.changes_requested",
  override_approve: "review.override_approved",
};

/** Who hears of a workflow action: reviewers when asked, the verdict's author when it is decided. */
async function notifyPeople(
  tx: TTx,
  o: { workspaceId: string; ctx: TReviewContext; action: TWorkflowAction; from: TClaimStatus; next: TClaimStatus; actorId: string; reason: string | null; quorum: string },
): Promise<void> {
  const claimId = o.ctx.claim.id;
  const verdictAuthorId = o.ctx.verdict?.authorId ?? null;
  const assignee = (await tx.claim.findUnique({ where: { id: claimId }, select: { assigneeId: true } }))?.assigneeId ?? null;
  if (o.action === "submit_for_review") {
    const asked = await tx.claimReviewer.findMany({ where: { claimId }, select: { userId: true } });
    await notify(tx, { workspaceId: o.workspaceId, claimId, event: { kind: "review_requested", actorId: o.actorId, reviewerIds: asked.map((r) => r.userId) } });
  } else if ((o.action === "approve" || o.action === "override_approve") && o.next === "APPROVED") {
    await notify(tx, { workspaceId: o.workspaceId, claimId, event: { kind: "verdict_approved", actorId: o.actorId, verdictAuthorId, assigneeId: assignee }, data: { quorum: o.quorum } });
  } else if (o.action === "publish" || o.action === "correct") {
    const data = o.action === "correct" ? { publicationKind: "CORRECTION", note: o.reason ?? "" } : { publicationKind: "PUBLISH" };
    await notify(tx, { workspaceId: o.workspaceId, claimId, event: { kind: "verdict_published", actorId: o.actorId, verdictAuthorId, assigneeId: assignee }, data });
  } else if (o.action === "request_changes") {
    await notify(tx, { workspaceId: o.workspaceId, claimId, event: { kind: "changes_requested", actorId: o.actorId, verdictAuthorId, assigneeId: assignee }, data: { comment: o.reason ?? "" } });
  }
}

/**
 * Applies one workflow action to a claim inside the caller's transaction: locks the claim row,
 * checks the basis, voids approvals a missed edit left standing (a safety net; writers void
 * eagerly), asks the pure state machine, and applies its status and effects with the audit
 * events, in one go. Returns the context after the action for the response.
 */
export async function runWorkflowAction(
  tx: TTx,
  opts: {
    actor: TActor;
    workspace: { id: string; requiredApprovals: number; publicProfile?: unknown };
    role: TRole;
    claimId: string;
    action: TWorkflowAction;
    basis: TWorkflowBasis;
    reason?: string;
  },
): Promise<TReviewContext> {
  const { actor, workspace, role, action, basis } = opts;
  const ctx = await loadReviewContext(tx, workspace.id, opts.claimId);
  const { claim } = ctx;

  if (action === "approve" || action === "override_approve") {
    if (!basis.signOffHash) throw new AppError("BAD_REQUEST", "signOffHash is required: send the hash of the content you reviewed (from the review state).");
    if (ctx.current && basis.signOffHash !== ctx.current.hash) {
      const seen =
        (await tx.verdict.findFirst({ where: { claimId: claim.id, signOffHash: basis.signOffHash }, select: { signOffInput: true } })) ??
        (await tx.review.findFirst({ where: { claimId: claim.id, signOffHash: basis.signOffHash }, select: { signOffInput: true } }));
      const what = seen ? describeSignOffChanges(signOffChanges(asSignOffInput(seen.signOffInput), ctx.current.input)) : "";
      throw new AppError("CONFLICT", `What you reviewed changed since you loaded it.${what ? ` ${what}` : ""} Reload, read it again and then decide.`);
    }
  } else if (basis.claimVersion !== claim.version) {
    throw await staleClaimConflict(tx, { workspaceId: workspace.id, claimId: claim.id, sentVersion: basis.claimVersion });
  }

  await voidStaleApprovals(tx, ctx, { actor: null, cause: "Found when the claim was next reviewed." });

  const isVerdictAuthor = Boolean(ctx.verdict && ctx.verdict.authorId === actor.userId);
  const alreadyApprovedByActor = Boolean(ctx.current && ctx.standing.some((r) => r.reviewerId === actor.userId && r.signOffHash === ctx.current!.hash));
  const from: TClaimStatus = claim.status;
  const publisherRoles = publisherRolesOf(workspace.publicProfile ?? null);
  const facts = {
    action,
    status: from,
    role,
    isVerdictAuthor,
    alreadyApprovedByActor,
    hasVerdict: Boolean(ctx.verdict),
    // A reopened claim (researching, then approved again) was published before: its next step is a correction.
    hasPublication: from === "PUBLISHED" || from === "CORRECTED" || (await tx.publication.count({ where: { claimId: claim.id } })) > 0,
    requiredApprovals: workspace.requiredApprovals,
    publisherRoles,
    approvalsAfter: action === "approve" ? countValidApprovals(ctx) + 1 : undefined,
    reason: opts.reason,
  };
  const decision = decide(facts);
  if (!decision.ok) {
    if (!roleMayTry(role, action, publisherRoles)) throw new AppError("FORBIDDEN", decision.reason);
    // Refused only for want of a reason: the request is incomplete (400), not in conflict with the claim.
    const missingReasonOnly = actionNeedsReason(action) && !(opts.reason ?? "").trim() && decide({ ...facts, reason: "x" }).ok;
    throw new AppError(missingReasonOnly ? "BAD_REQUEST" : "CONFLICT", decision.reason);
  }

  const reason = (opts.reason ?? "").trim() || null;
  const reviewEvents: { action: TAuditAction; data: Prisma.InputJsonObject }[] = [];
  for (const effect of decision.effects) await applyEffect(tx, ctx, effect, { actor, reason, reviewEvents });

  const updated = await tx.claim.update({ where: { id: claim.id }, data: { status: decision.next, version: { increment: 1 } }, select: { version: true } });
  claim.status = decision.next;
  claim.version = updated.version;

  const quorum = describeQuorum(action === "approve" ? countValidApprovals(ctx) : 0, workspace.requiredApprovals);
  for (const e of reviewEvents) {
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: e.action,
      targetType: "claim",
      targetId: claim.id,
      data: { ...e.data, ...(e.action === "review.approved" ? { quorum } : {}), claimVersion: updated.version },
    });
  }
  if (decision.next !== from) {
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "claim.status_changed",
      targetType: "claim",
      targetId: claim.id,
      data: { claimId: claim.id, from, to: decision.next, workflowAction: action, ...(reason ? { reason } : {}), claimVersion: updated.version },
    });
  }
  await notifyPeople(tx, { workspaceId: workspace.id, ctx, action, from, next: decision.next, actorId: actor.userId, reason, quorum });
  await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true });
  return ctx;

  async function applyEffect(
    t: TTx,
    c: TReviewContext,
    effect: TWorkflowEffect,
    env: { actor: TActor; reason: string | null; reviewEvents: { action: TAuditAction; data: Prisma.InputJsonObject }[] },
  ): Promise<void> {
    const verdict = c.verdict;
    switch (effect.type) {
      case "record_approval":
      case "record_override":
      case "record_change_request": {
        if (!verdict || !c.current) throw new AppError("CONFLICT", "This claim has no verdict to review.");
        const kind = effect.type === "record_approval" ? "APPROVE" : effect.type === "record_override" ? "OVERRIDE" : "REQUEST_CHANGES";
        const review = await t.review.create({
          data: {
            workspaceId: workspace.id,
            claimId: c.claim.id,
            verdictId: verdict.id,
            reviewerId: env.actor.userId,
            kind,
            comment: env.reason,
            signOffHash: c.current.hash,
            signOffInput: c.current.input as unknown as Prisma.InputJsonObject,
          },
          select: { id: true, kind: true, reviewerId: true, signOffHash: true, signOffInput: true, verdict: { select: { authorId: true } } },
        });
        if (kind !== "REQUEST_CHANGES") c.standing.push(review);
        // A change request opens a thread on the claim about this version, where the author answers.
        if (kind === "REQUEST_CHANGES" && env.reason) {
          await t.comment.create({
            data: { workspaceId: workspace.id, claimId: c.claim.id, authorId: env.actor.userId, body: env.reason, verdictVersion: verdict.version, mentionedIds: [] },
          });
          await publishLiveEvent(t, { type: "comments", topics: [`claim:${c.claim.id}`] });
        }
        const eventAction = STATUS_EVENT_ACTIONS[action];
        // Only approve, request_changes and override_approve record a review (the machine's effects).
        if (!eventAction) throw new Error(`A review was recorded by the workflow action ${action}, which records none.`);
        env.reviewEvents.push({
          action: eventAction,
          data: {
            claimId: c.claim.id,
            reviewId: review.id,
            verdictVersion: verdict.version,
            signOffHash: c.current.hash,
            ...(kind === "REQUEST_CHANGES" ? { comment: env.reason } : {}),
            ...(kind === "OVERRIDE" ? { reason: env.reason, override: true } : {}),
          },
        });
        return;
      }
      case "void_approvals": {
        if (c.standing.length === 0) return;
        await t.review.updateMany({
          where: { id: { in: c.standing.map((r) => r.id) }, voidedAt: null },
          data: { voidedAt: new Date(), voidReason: effect.reason, voidedById: env.actor.userId },
        });
        env.reviewEvents.push({ action: "review.approvals_voided", data: { claimId: c.claim.id, reason: effect.reason, parts: [], count: c.standing.length } });
        c.standing = [];
        return;
      }
      case "lock_quote":
        return lockClaimText(t, c.claim, env.actor.userId);
      case "unlock_quote":
        return unlockClaimText(t, c.claim);
      case "create_publication":
        await createPublication(t, c, { actor: env.actor, workspaceId: workspace.id, kind: "PUBLISH", note: null });
        return;
      case "create_correction":
        await createPublication(t, c, { actor: env.actor, workspaceId: workspace.id, kind: "CORRECTION", note: effect.note });
        return;
    }
  }
}
