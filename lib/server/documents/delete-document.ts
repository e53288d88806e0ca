import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZDeleteDocumentInput = z.object({ workspaceSlug: z.string(), documentId: z.string() });
export type TDeleteDocumentInput = z.infer<typeof ZDeleteDocumentInput>;

/** Soft delete: the row (and its original) stay for the audit trail; every read treats it as gone. */
export async function deleteDocument({ actor, ...input }: { actor: TActor } & TDeleteDocumentInput) {
  const { workspaceSlug, documentId } = ZDeleteDocumentInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    // Conditional update: two concurrent deletes cannot both succeed or both audit.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, workspaceId: workspace.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "Document not found.");
    const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "document.deleted", targetType: "document", targetId: documentId, data: { title: doc.title } });
  });
}
