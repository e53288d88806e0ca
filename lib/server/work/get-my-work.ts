import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { commentPlainText } from "@/lib/domain/conversation/comment-text";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { claimSelect, toClaimDtos } from "@/lib/server/claims/to-claim-dto";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";

export const ZGetMyWorkInput = z.object({}).strict();

export type TMyWork = {
  /** Claims assigned to me that are not approved yet, overdue first, then by due date. */
  assigned: (TClaimDto & { workspace: { slug: string; name: string } })[];
  /** In review and waiting for my sign-off, per workspace. */
  reviews: (TClaimDto & { workspace: { slug: string; name: string } })[];
  /** Threads mentioning me that are not resolved. */
  mentions: { commentId: string; claimId: string; claimText: string; excerpt: string; author: string | null; at: string; workspace: { slug: string; name: string } }[];
  counts: { assigned: number; reviews: number; mentions: number; overdue: number };
};

const LIMIT = 100;

/** My work across all my workspaces: what is assigned to me, what waits for my review, my open mentions. */
export async function getMyWork({ actor }: { actor: TActor }): Promise<TMyWork> {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const me = actor.userId;
  const memberships = await db.membership.findMany({ where: { userId: me }, select: { workspace: { select: { id: true, slug: true, name: true } } } });
  const byId = new Map(memberships.map((m) => [m.workspace.id, { slug: m.workspace.slug, name: m.workspace.name }]));
  const workspaceIds = [...byId.keys()];
  const today = new Date().toISOString().slice(0, 10);

  const [assignedRows, queues, mentionRows] = await Promise.all([
    db.claim.findMany({
      where: { workspaceId: { in: workspaceIds }, assigneeId: me, document: { deletedAt: null }, status: { notIn: ["APPROVED", "PUBLISHED", "CORRECTED"] } },
      select: claimSelect,
      take: LIMIT,
    }),
    Promise.all(memberships.map(async (m) => ({ ws: m.workspace, queue: await listReviewQueue({ actor, workspaceSlug: m.workspace.slug }) }))),
    db.comment.findMany({
      where: {
        workspaceId: { in: workspaceIds },
        mentionedIds: { has: me },
        deletedAt: null,
        claim: { document: { deletedAt: null } },
        OR: [{ threadId: null, resolvedAt: null }, { thread: { resolvedAt: null } }],
      },
      select: { id: true, claimId: true, body: true, createdAt: true, workspaceId: true, author: { select: { name: true } }, claim: { select: { text: true } } },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
    }),
  ]);
  const assignedDtos = await toClaimDtos(db, assignedRows, { evidence: "summary" });
  const withWs = <T extends { id: string }>(c: T, workspaceId: string) => ({ ...c, workspace: byId.get(workspaceId)! });
  const assigned = assignedDtos
    .map((c, i) => withWs(c, assignedRows[i]!.workspaceId))
    .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.createdAt.localeCompare(b.createdAt));
  const reviews = queues.flatMap(({ ws, queue }) => queue.waitingForMe.map((c) => ({ ...c, workspace: { slug: ws.slug, name: ws.name } })));
  const mentions = mentionRows.map((c) => ({
    commentId: c.id,
    claimId: c.claimId,
    claimText: c.claim.text,
    excerpt: commentPlainText(c.body).slice(0, 200),
    author: c.author?.name ?? null,
    at: c.createdAt.toISOString(),
    workspace: byId.get(c.workspaceId)!,
  }));
  const overdue = assigned.filter((c) => c.dueDate !== null && c.dueDate < today).length;
  return { assigned, reviews, mentions, counts: { assigned: assigned.length, reviews: reviews.length, mentions: mentions.length, overdue } };
}
