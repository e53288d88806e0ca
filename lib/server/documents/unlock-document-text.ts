import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockDocumentRow } from "@/lib/server/collab/durable-document";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZUnlockDocumentTextInput = z.object({ workspaceSlug: z.string(), documentId: z.string() }).strict();
export type TUnlockDocumentTextInput = z.infer<typeof ZUnlockDocumentTextInput>;

/**
 * Lifts the document-wide text lock (editors and above), with an audit event saying who locked it
 * and when. Only the DOCUMENT scope: locks the review workflow will put on claims' paragraphs are
 * that workflow's to lift. Unlocking an unlocked document changes and records nothing.
 */
export async function unlockDocumentText({ actor, ...input }: { actor: TActor } & TUnlockDocumentTextInput): Promise<{ changed: boolean }> {
  const { workspaceSlug, documentId } = ZUnlockDocumentTextInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    const doc = await tx.document.findFirst({ where: { id: documentId, workspaceId: workspace.id, deletedAt: null }, select: { id: true, title: true } });
    if (!doc) throw new AppError("NOT_FOUND", "Document not found.");
    await lockDocumentRow(tx, doc.id);
    const locks = await tx.textLock.findMany({ where: { documentId: doc.id, scope: "DOCUMENT" }, select: { id: true, lockedAt: true, lockedById: true } });
    if (locks.length === 0) return { changed: false };
    await tx.textLock.deleteMany({ where: { id: { in: locks.map((l) => l.id) } } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "document.text_unlocked",
      targetType: "document",
      targetId: doc.id,
      data: { title: doc.title, scope: "DOCUMENT", lockedAt: locks[0]!.lockedAt.toISOString(), lockedById: locks[0]!.lockedById },
    });
    await notifyDocumentChanged(tx, { documentId: doc.id, ydoc: false, claims: false, textLock: true });
    return { changed: true };
  });
}
