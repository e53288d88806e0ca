import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZTrashDocumentInput = z.strictObject({ workspaceSlug: z.string(), documentId: z.string() });
export type TTrashDocumentInput = z.infer<typeof ZTrashDocumentInput>;

/**
 * Moves a document, with its claims, to the workspace trash (editors and above). Every read but the
 * trash treats it as gone; `restoreDocument` brings it back until `purgeTrashedDocuments` deletes it.
 * `now` is the clock (tests move it); it is never input.
 */
export async function trashDocument({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TTrashDocumentInput) {
  const { workspaceSlug, documentId } = ZTrashDocumentInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.delete" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
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
