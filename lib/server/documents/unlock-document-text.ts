import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockDocumentRow } from "@/lib/server/collab/durable-document";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { withdrawForTextCorrection } from "@/lib/server/reviews/withdraw-for-text-correction";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export const ZUnlockDocumentTextInput = z
  .object({
    workspaceSlug: z.string(),
    documentId: z.string(),
    /**
     * Needed when claims in review or approved hold the text: why it must change. Unlocking then
     * voids their approvals, visibly, and takes them out of review (back to research), since what
     * the reviewers signed is about to change.
     */
    correctionReason: z.string().trim().min(1, "Say why the text must change.").max(2000).refine((s) => !s.includes("\u0000"), "No NUL characters.").optional(),
  })
  .strict();
export type TUnlockDocumentTextInput = z.infer<typeof ZUnlockDocumentTextInput>;

/**
 * Lifts the document-wide text lock (editors and above), with an audit event saying who locked it
 * and when. Claims in review or approved also hold the text (CLAIM_REVIEW locks): lifting those
 * needs `correctionReason`, and voids those claims' approvals and withdraws them from review in
 * the same transaction (409 naming them without it). Unlocking an unlocked document changes and
 * records nothing.
 */
export async function unlockDocumentText({ actor, ...input }: { actor: TActor } & TUnlockDocumentTextInput): Promise<{ changed: boolean }> {
  const { workspaceSlug, documentId, correctionReason } = ZUnlockDocumentTextInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
    const doc = await tx.document.findFirst({ where: { id: documentId, workspaceId: workspace.id, deletedAt: null }, select: { id: true, title: true } });
    if (!doc) throw new AppError("NOT_FOUND", "Document not found.");
    await lockDocumentRow(tx, doc.id);
    const reviewLocks = await tx.textLock.findMany({
      where: { documentId: doc.id, scope: "CLAIM_REVIEW" },
      select: { claim: { select: { id: true, quoteExact: true, status: true } } },
      orderBy: { lockedAt: "asc" },
    });
    if (reviewLocks.length > 0) {
      if (!correctionReason) {
        const names = reviewLocks.map((l) => `“${shorten(l.claim?.quoteExact ?? "")}” (${l.claim?.status === "APPROVED" ? "approved" : "in review"})`);
        throw new AppError(
          "CONFLICT",
          `The text is locked while ${names.length === 1 ? "a claim is" : `${names.length} claims are`} in review: ${names.join(", ")}. Unlocking it for a correction voids their approvals and takes them out of review; give a reason to go ahead.`,
        );
      }
      for (const l of reviewLocks) {
        if (l.claim) await withdrawForTextCorrection(tx, { actor, workspaceId: workspace.id, claimId: l.claim.id, reason: correctionReason });
      }
    }
    const locks = await tx.textLock.findMany({ where: { documentId: doc.id, scope: "DOCUMENT" }, select: { id: true, lockedAt: true, lockedById: true } });
    if (locks.length === 0) return { changed: reviewLocks.length > 0 };
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
