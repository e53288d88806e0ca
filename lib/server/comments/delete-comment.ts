import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZDeleteCommentInput = z.object({ workspaceSlug: z.string(), commentId: z.string() }).strict();
export type TDeleteCommentInput = z.infer<typeof ZDeleteCommentInput>;

/**
 * Its author deletes a comment: a tombstone stays in the thread ("Comment deleted"), so replies
 * still read in order; the text goes (the audit log keeps it). Deleting twice changes nothing.
 */
export async function deleteComment({ actor, ...input }: { actor: TActor } & TDeleteCommentInput): Promise<void> {
  const { workspaceSlug, commentId } = ZDeleteCommentInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(commentId)) throw new AppError("NOT_FOUND", "Comment not found.");
    const current = await tx.comment.findFirst({
      where: { id: commentId, workspaceId: workspace.id, claim: { document: { deletedAt: null } } },
      select: { id: true, claimId: true, authorId: true, body: true, deletedAt: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Comment not found.");
    if (current.authorId !== actor.userId) throw new AppError("FORBIDDEN", "Only its author can delete a comment.");
    if (current.deletedAt) return;
    await tx.comment.update({ where: { id: current.id }, data: { body: "", mentionedIds: [], deletedAt: new Date() } });
    await publishLiveEvent(tx, { type: "comments", topics: [`claim:${current.claimId}`] });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "comment.deleted",
      targetType: "claim",
      targetId: current.claimId,
      data: { claimId: current.claimId, commentId: current.id, body: current.body },
    });
  });
}
