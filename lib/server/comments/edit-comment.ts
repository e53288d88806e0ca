import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { COMMENT_EDIT_WINDOW_MS, type TCommentDto } from "@/lib/domain/conversation/comment-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { mentionedMembers, zCommentBody } from "./comment-fields";
import { commentSelect, toCommentDto } from "./to-comment-dto";

export const ZEditCommentInput = z.object({ workspaceSlug: z.string(), commentId: z.string(), body: zCommentBody }).strict();
export type TEditCommentInput = z.input<typeof ZEditCommentInput>;

/**
 * Its author rewrites a comment within 15 minutes of writing it; it then shows as edited. Later,
 * or by anyone else, it is refused: the thread must read as people answered it. `now` is the
 * clock (tests move it), never input.
 */
export async function editComment({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TEditCommentInput): Promise<{ comment: TCommentDto }> {
  const { workspaceSlug, commentId, body } = ZEditCommentInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(commentId)) throw new AppError("NOT_FOUND", "Comment not found.");
    const current = await tx.comment.findFirst({
      where: { id: commentId, workspaceId: workspace.id, claim: { document: { deletedAt: null } } },
      select: { id: true, claimId: true, authorId: true, body: true, deletedAt: true, createdAt: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "Comment not found.");
    if (current.authorId !== actor.userId) throw new AppError("FORBIDDEN", "Only its author can edit a comment.");
    if (current.deletedAt) throw new AppError("CONFLICT", "This comment was deleted.");
    if (now.getTime() - current.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) {
      throw new AppError("CONFLICT", "A comment can be edited for 15 minutes after it is written; add a reply instead.");
    }
    const mentioned = await mentionedMembers(tx, workspace.id, body);
    const row = await tx.comment.update({ where: { id: current.id }, data: { body, mentionedIds: mentioned, editedAt: now }, select: commentSelect });
    await publishLiveEvent(tx, { type: "comments", topics: [`claim:${current.claimId}`] });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "comment.edited",
      targetType: "claim",
      targetId: current.claimId,
      data: { claimId: current.claimId, commentId: current.id, before: current.body, after: body },
    });
    return { comment: toCommentDto(row) };
  });
}
