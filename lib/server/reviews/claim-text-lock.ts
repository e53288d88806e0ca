import "server-only";
import type { TTx } from "@/lib/db";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";

/**
 * The review workflow's text lock: while a claim is in review or approved, its document's text is
 * frozen (a CLAIM_REVIEW TextLock; the collab server makes every connection read-only while any
 * lock exists, and connected editors hear of it through the document-changed NOTIFY), so what
 * reviewers sign off cannot change under them. Locking the whole document rather than the quoted
 * span keeps the guarantee simple: the collab server cannot tell which paragraph a Y.js update
 * touches before applying it. Claims can still be marked, through the claims API.
 */
export async function lockClaimText(tx: TTx, claim: { id: string; documentId: string; workspaceId: string }, lockedById: string | null): Promise<void> {
  const existing = await tx.textLock.findUnique({ where: { claimId: claim.id }, select: { id: true } });
  if (existing) return;
  await tx.textLock.create({ data: { claimId: claim.id, documentId: claim.documentId, workspaceId: claim.workspaceId, scope: "CLAIM_REVIEW", lockedById } });
  await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true, textLock: true });
}

export async function unlockClaimText(tx: TTx, claim: { id: string; documentId: string }): Promise<void> {
  const { count } = await tx.textLock.deleteMany({ where: { claimId: claim.id } });
  if (count > 0) await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true, textLock: true });
}
