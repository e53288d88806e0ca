import "server-only";
import type { TTx } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { loadReviewContext } from "./load-review-context";
import { voidStaleApprovals } from "./void-stale-approvals";

/**
 * Call after any write that can change what a sign-off covers (the claim's wording, claimant,
 * date or quote; an evidence item's stance or excerpt; a source's address; a new capture; the
 * document's text), in the same transaction: approvals of content that no longer stands are
 * voided, visibly, and an approved claim returns to review. A claim with nothing standing costs
 * one locked read. `cause` is appended to the void reason ("Evidence removed by Ana.").
 */
export async function syncSignOff(tx: TTx, opts: { workspaceId: string; claimId: string; actor: TActor | null; cause?: string }): Promise<{ voided: number }> {
  const head = await tx.claim.findUnique({ where: { id: opts.claimId }, select: { status: true, documentId: true } });
  if (!head || (head.status !== "IN_REVIEW" && head.status !== "APPROVED")) return { voided: 0 };
  const hasStanding = await tx.review.count({ where: { claimId: opts.claimId, voidedAt: null, kind: { in: ["APPROVE", "OVERRIDE"] } } });
  if (hasStanding === 0) return { voided: 0 };
  const ctx = await loadReviewContext(tx, opts.workspaceId, opts.claimId);
  const { voided } = await voidStaleApprovals(tx, ctx, { actor: opts.actor, cause: opts.cause });
  if (voided > 0) await notifyDocumentChanged(tx, { documentId: head.documentId, ydoc: false, claims: true });
  return { voided };
}

/** `syncSignOff` for every claim in review or approved that cites a source (its address or capture changed). */
export async function syncSignOffForSource(tx: TTx, opts: { workspaceId: string; sourceId: string; actor: TActor | null; cause?: string }): Promise<{ voided: number }> {
  const claims = await tx.claim.findMany({
    where: { workspaceId: opts.workspaceId, status: { in: ["IN_REVIEW", "APPROVED"] }, evidence: { some: { sourceId: opts.sourceId } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let voided = 0;
  for (const c of claims) voided += (await syncSignOff(tx, { workspaceId: opts.workspaceId, claimId: c.id, actor: opts.actor, cause: opts.cause })).voided;
  return { voided };
}

/** `syncSignOff` for every claim in review or approved on a document (its text changed). */
export async function syncSignOffForDocument(tx: TTx, opts: { workspaceId: string; documentId: string; actor: TActor | null; cause?: string }): Promise<{ voided: number }> {
  const claims = await tx.claim.findMany({
    where: { documentId: opts.documentId, status: { in: ["IN_REVIEW", "APPROVED"] } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let voided = 0;
  for (const c of claims) voided += (await syncSignOff(tx, { workspaceId: opts.workspaceId, claimId: c.id, actor: opts.actor, cause: opts.cause })).voided;
  return { voided };
}
