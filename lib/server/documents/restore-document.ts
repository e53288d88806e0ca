import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { purgeCutoff } from "@/lib/domain/documents/trash";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZRestoreDocumentInput = z.strictObject({ workspaceSlug: z.string(), documentId: z.string() });
export type TRestoreDocumentInput = z.infer<typeof ZRestoreDocumentInput>;

/**
 * Takes a document (and its claims) back out of the trash, as it was. Those who may trash may
 * restore; past the retention period it is due for purging and reads as gone, purged or not.
 * `now` is the clock (tests move it); it is never input.
 */
export async function restoreDocument({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TRestoreDocumentInput) {
  const { workspaceSlug, documentId } = ZRestoreDocumentInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.delete" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    const row = await tx.document.findFirst({ where: { id: documentId, workspaceId: workspace.id }, select: { title: true, deletedAt: true } });
    if (!row || (row.deletedAt && row.deletedAt < purgeCutoff(now))) throw new AppError("NOT_FOUND", "Document not found.");
    // Conditional update: of two concurrent restores one wins and audits; the other learns it is back.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, workspaceId: workspace.id, deletedAt: { not: null, gte: purgeCutoff(now) } },
      data: { deletedAt: null, deletedById: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "This document is not in the trash: someone may have restored it already.");
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "document.restored",
      targetType: "document",
      targetId: documentId,
      data: { title: row.title, trashedAt: row.deletedAt?.toISOString() ?? null },
    });
    return { id: documentId, title: row.title };
  });
}
