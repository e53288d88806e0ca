import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { CLAIM_STATUS_LABELS } from "@/lib/domain/claims/claim-status";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZTrashDocumentInput = z.strictObject({
  workspaceSlug: z.string(),
  documentId: z.string(),
  /** Needed when claims on the document are in review, have changes requested or are approved. */
  confirmClaimsInReview: z.boolean({ error: "confirmClaimsInReview must be true or false." }).optional(),
});
export type TTrashDocumentInput = z.infer<typeof ZTrashDocumentInput>;

/**
 * Moves a document, with its claims, to the workspace trash (editors and above). Every read but the
 * trash treats it as gone; `restoreDocument` brings it back until `purgeTrashedDocuments` deletes it.
 * `now` is the clock (tests move it); it is never input.
 */
export async function trashDocument({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TTrashDocumentInput) {
  const { workspaceSlug, documentId, confirmClaimsInReview } = ZTrashDocumentInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.delete" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    // Claims under review go to the trash with their document: the person must see which first.
    const inReview = await tx.claim.findMany({
      where: { documentId, workspaceId: workspace.id, status: { in: ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] }, document: { deletedAt: null } },
      select: { quoteExact: true, status: true },
      orderBy: { positionStart: "asc" },
    });
    if (inReview.length > 0 && confirmClaimsInReview !== true) {
      const names = inReview.map((c) => `“${c.quoteExact.length > 60 ? `${c.quoteExact.slice(0, 57)}…` : c.quoteExact}” (${CLAIM_STATUS_LABELS[c.status].toLowerCase()})`);
      throw new AppError(
        "CONFLICT",
        `${inReview.length === 1 ? "A claim on this document is" : `${inReview.length} claims on this document are`} in review: ${names.join(", ")}. Confirm to move the document to the trash with ${inReview.length === 1 ? "it" : "them"}.`,
      );
    }
    // Conditional update: two concurrent deletes cannot both succeed or both audit.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, workspaceId: workspace.id, deletedAt: null },
      data: { deletedAt: now, deletedById: actor.userId },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "Document not found.");
    const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "document.trashed", targetType: "document", targetId: documentId, data: { title: doc.title } });
  });
}
