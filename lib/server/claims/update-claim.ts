import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIM_STATUS_LABELS, canSetClaimStatusByHand } from "@/lib/domain/claims/claim-status";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import { zAppearanceUrl, zAssigneeId, zCheckworthiness, zClaimant, zClaimText, zDay, zStatus, zTags } from "./claim-fields";
import { requireAssignee } from "./require-assignee";

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
    status: zStatus.optional(),
    assigneeId: zAssigneeId.nullable().optional(),
    dueDate: zDay().nullable().optional(),
  })
  .strict();
export type TUpdateClaimInput = z.input<typeof ZUpdateClaimInput>;

const FIELDS = ["text", "claimant", "claimDate", "appearanceUrl", "checkworthiness", "tags", "status", "assigneeId", "dueDate"] as const;

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * Edits a claim's fields (not its anchor: see reanchorClaim). `null` clears an optional field.
 * Refused with 409 when `version` is not the current one, so two people editing one claim never
 * overwrite each other silently. Status moves by hand only between DRAFT and RESEARCHING.
 */
export async function updateClaim({ actor, ...input }: { actor: TActor } & TUpdateClaimInput): Promise<TClaimDto> {
  const { workspaceSlug, claimId, version, ...fields } = ZUpdateClaimInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
    const current = await tx.claim.findFirst({
      where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } },
      select: { id: true, documentId: true, status: true, version: true },
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
    if (changed.length === 0) throw new AppError("BAD_REQUEST", `Nothing to change: send one of ${FIELDS.join(", ")}.`);
    if (fields.status && !canSetClaimStatusByHand(current.status, fields.status)) {
      throw new AppError(
        "BAD_REQUEST",
        `A claim cannot be moved from “${CLAIM_STATUS_LABELS[current.status]}” to “${CLAIM_STATUS_LABELS[fields.status]}” by hand; that step belongs to the review workflow.`,
      );
    }
    if (fields.assigneeId) await requireAssignee(tx, workspace.id, fields.assigneeId);

    // Conditional on the version read: a concurrent PATCH that committed first makes this one a 409, not a lost update.
    const { count } = await tx.claim.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "claim.updated",
      targetType: "claim",
      targetId: current.id,
      data: { documentId: current.documentId, fields: changed, ...(fields.status && fields.status !== current.status ? { status: { from: current.status, to: fields.status } } : {}) },
    });
    await notifyDocumentChanged(tx, { documentId: current.documentId, ydoc: false, claims: true });
    return (await toClaimDtos(tx, [await tx.claim.findUniqueOrThrow({ where: { id: current.id }, select: claimSelect })]))[0]!;
  });
}

const conflict = () => new AppError("CONFLICT", "Someone else changed this claim since you loaded it; reload it and make your change again.");
