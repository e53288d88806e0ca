import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TTextLockDto } from "@/lib/domain/documents/text-lock-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockDocumentRow } from "@/lib/server/collab/durable-document";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { textLockSelect, toTextLockDto } from "./to-text-lock-dto";

export const ZLockDocumentTextInput = z.object({ workspaceSlug: z.string(), documentId: z.string() }).strict();
export type TLockDocumentTextInput = z.infer<typeof ZLockDocumentTextInput>;

/**
 * Locks the whole text of a document (import clean-up is done): from then on the collab server
 * refuses text edits from every connection, live ones included (they hear of it through the
 * document-changed NOTIFY); claims can still be marked through the claims API. Editors and above.
 * Locking a locked document changes nothing and records nothing (two people clicking at once).
 */
export async function lockDocumentText({ actor, ...input }: { actor: TActor } & TLockDocumentTextInput): Promise<{ lock: TTextLockDto; changed: boolean }> {
  const { workspaceSlug, documentId } = ZLockDocumentTextInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    const doc = await tx.document.findFirst({ where: { id: documentId, workspaceId: workspace.id, deletedAt: null }, select: { id: true, title: true } });
    if (!doc) throw new AppError("NOT_FOUND", "Document not found.");
    // The row lock every writer of the document takes: concurrent lock calls queue here, so the
    // second sees the first's row instead of adding another.
    await lockDocumentRow(tx, doc.id);
    const existing = await tx.textLock.findFirst({ where: { documentId: doc.id, scope: "DOCUMENT" }, select: textLockSelect });
    if (existing) return { lock: toTextLockDto(existing), changed: false };
    const lock = await tx.textLock.create({
      data: { documentId: doc.id, workspaceId: workspace.id, scope: "DOCUMENT", lockedById: actor.userId },
      select: textLockSelect,
    });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "document.text_locked",
      targetType: "document",
      targetId: doc.id,
      data: { title: doc.title, scope: "DOCUMENT" },
    });
    await notifyDocumentChanged(tx, { documentId: doc.id, ydoc: false, claims: false, textLock: true });
    return { lock: toTextLockDto(lock), changed: true };
  });
}
