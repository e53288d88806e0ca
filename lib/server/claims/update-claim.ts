import "server-only";
import { z } from "zod";
import { db, type TTx } from "@/lib/db";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_PRIORITIES } from "@/lib/domain/reviews/review-dto";
import { can } from "@/lib/domain/roles";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { notify } from "@/lib/server/notifications/notify";
import { syncSignOff } from "@/lib/server/reviews/sync-sign-off";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import { zAppearanceUrl, zAssigneeId, zCheckworthiness, zClaimant, zClaimText, zDay, zTags } from "./claim-fields";
import { requireAssignee } from "./require-assignee";

export const MAX_REQUESTED_REVIEWERS = 10;

export const ZUpdateClaimInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    version: z.number({ error: "version is required: send the version you last read (optimistic concurrency)." }).int("version must be a whole number."),
    text: zClaimText.optional(),
    claimant: zClaimant.nullable().optional(),
    claimDate: zDay().nullable().optional(),
    appearanceUrl: zAppearanceUrl.nullable().optional(),
    checkworthiness: zCheckworthiness.nullable().optional(),
    tags: zTags.nullable().optional(),
    /** Refused: a claim's status moves only through the review workflow (POST …/claims/{id}/workflow). */
    status: z.never({ error: "A claim's status moves through the review workflow, not by editing: POST /api/w/{slug}/claims/{id}/workflow with an action (start_research, submit_for_review, …)." }).optional(),
    assigneeId: zAssigneeId.nullable().optional(),
    dueDate: zDay().nullable().optional(),
    priority: z.enum(CLAIM_PRIORITIES, { error: `priority must be one of ${CLAIM_PRIORITIES.join(", ")}.` }).optional(),
    /** The reviewers asked to sign off the verdict (replaces the list); members who can review. */
    reviewerIds: z
      .array(z.string().refine(isUuid, "Each reviewer id must be a user id."), { error: "reviewerIds must be a list of user ids." })
      .max(MAX_REQUESTED_REVIEWERS, `Ask at most ${MAX_REQUESTED_REVIEWERS} reviewers.`)
      .optional(),
  })
  .strict();
export type TUpdateClaimInput = z.input<typeof ZUpdateClaimInput>;

const FIELDS = ["text", "claimant", "claimDate", "appearanceUrl", "checkworthiness", "tags", "assigneeId", "dueDate", "priority"] as const;
/** What a sign-off covers among these (the quote moves only by re-anchoring). */
const SIGNED_FIELDS: readonly string[] = ["text", "claimant", "claimDate"];


const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * Edits a claim's fields (not its anchor: see reanchorClaim). `null` clears an optional field.
 * Refused with 409 when `version` is not the current one, so two people editing one claim never
 * overwrite each other silently. The status is not edited here: it moves through the review
 * workflow. Changing what reviewers sign (wording, claimant, date) voids standing approvals.
 */
export async function updateClaim({ actor, ...input }: { actor: TActor } & TUpdateClaimInput): Promise<TClaimDto> {
  // `status` is refused by the schema (always undefined here); taken out so `fields` holds only what is edited.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { workspaceSlug, claimId, version, reviewerIds, status: _status, ...fields } = ZUpdateClaimInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
    const current = await tx.claim.findFirst({
      where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } },
      select: { id: true, documentId: true, status: true, version: true, reviewers: { select: { userId: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "Claim not found.");
    if (current.version !== version) throw conflict();

    const data: Prisma.ClaimUncheckedUpdateManyInput = {};
    const changed: string[] = [];
    for (const key of FIELDS) {
      const v = fields[key];
      if (v === undefined) continue;
      changed.push(key);
      if (key === "claimDate" || key === "dueDate") data[key] = toDate(v as string | null);
      else if (key === "tags") data.tags = (v as string[] | null) ?? [];
      else (data as Record<string, unknown>)[key] = v;
    }
    if (changed.length === 0 && reviewerIds === undefined) throw new AppError("BAD_REQUEST", `Nothing to change: send one of ${[...FIELDS, "reviewerIds"].join(", ")}.`);
    if (fields.assigneeId) await requireAssignee(tx, workspace.id, fields.assigneeId);
    const reviewers = reviewerIds === undefined ? null : await requireReviewers(tx, workspace.id, reviewerIds);

    // Conditional on the version read: a concurrent PATCH that committed first makes this one a 409, not a lost update.
    const { count } = await tx.claim.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    const claimVersion = version + 1;
    if (changed.length > 0) {
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: "claim.updated",
        targetType: "claim",
        targetId: current.id,
        data: { claimId: current.id, documentId: current.documentId, fields: changed, claimVersion },
      });
    }
    if (reviewers) {
      const before = current.reviewers.map((r) => r.userId);
      const added = reviewers.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !reviewers.includes(id));
      if (added.length > 0 || removed.length > 0) {
        await tx.claimReviewer.deleteMany({ where: { claimId: current.id, userId: { in: removed } } });
        await tx.claimReviewer.createMany({ data: added.map((userId) => ({ claimId: current.id, userId, workspaceId: workspace.id, requestedById: actor.userId })) });
        await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "claim.reviewers_changed", targetType: "claim", targetId: current.id, data: { claimId: current.id, added, removed, claimVersion } });
      }
    }
    if (fields.assigneeId) {
      await notify(tx, { workspaceId: workspace.id, claimId: current.id, event: { kind: "assigned", actorId: actor.userId, assigneeId: fields.assigneeId } });
    }
    if (reviewers) {
      const before = current.reviewers.map((r) => r.userId);
      const added = reviewers.filter((id) => !before.includes(id));
      await notify(tx, { workspaceId: workspace.id, claimId: current.id, event: { kind: "review_requested", actorId: actor.userId, reviewerIds: added } });
    }
    // What reviewers signed changed: their approvals no longer stand (visibly voided, claim back in review).
    if (changed.some((f) => SIGNED_FIELDS.includes(f))) {
      await syncSignOff(tx, { workspaceId: workspace.id, claimId: current.id, actor, cause: "The claim's wording, claimant or date changed." });
    }
    await notifyDocumentChanged(tx, { documentId: current.documentId, ydoc: false, claims: true });
    return (await toClaimDtos(tx, [await tx.claim.findUniqueOrThrow({ where: { id: current.id }, select: claimSelect })]))[0]!;
  });
}

/** Requested reviewers: distinct members of the workspace whose role may review verdicts. */
async function requireReviewers(tx: TTx, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (unique.length === 0) return [];
  const members = await tx.membership.findMany({ where: { workspaceId, userId: { in: unique } }, select: { userId: true, role: true } });
  const ok = new Set(members.filter((m) => can(m.role, "verdict.review")).map((m) => m.userId));
  if (unique.some((id) => !ok.has(id))) {
    throw new AppError("BAD_REQUEST", "reviewerIds must name members of this workspace who can review verdicts (reviewers, admins, owners).", {
      fieldErrors: { reviewerIds: ["Not a member who can review."] },
    });
  }
  return unique;
}

const conflict = () => new AppError("CONFLICT", "Someone else changed this claim since you loaded it; reload it and make your change again.");
