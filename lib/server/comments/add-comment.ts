import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TCommentDto } from "@/lib/domain/conversation/comment-dto";
import { commentPlainText } from "@/lib/domain/conversation/comment-text";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { publishLiveEvent } from "@/lib/server/notifications/live-events";
import { notify } from "@/lib/server/notifications/notify";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { mentionedMembers, requireCommentableClaim, zCommentBody } from "./comment-fields";
import { commentSelect, toCommentDto } from "./to-comment-dto";

export const ZAddCommentInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    body: zCommentBody,
    /** The thread to reply in (its first comment's id); absent to start a thread. */
    threadId: z.string().refine(isUuid, "threadId must be the id of a thread's first comment.").optional(),
  })
  .strict();
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;

/**
 * Starts a thread on a claim or replies in one (members who work on claims; viewers read). The
 * members it mentions are kept with it; a mention of anyone else stays text and notifies no one.
 */
export async function addComment({ actor, ...input }: { actor: TActor } & TAddCommentInput): Promise<{ comment: TCommentDto }> {
  const { workspaceSlug, claimId, body, threadId } = ZAddCommentInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const claim = await requireCommentableClaim(tx, workspace.id, claimId);
    if (threadId) {
      const root = await tx.comment.findFirst({ where: { id: threadId, claimId: claim.id, threadId: null }, select: { id: true } });
      if (!root) throw new AppError("NOT_FOUND", "Thread not found on this claim.");
    }
    const mentioned = await mentionedMembers(tx, workspace.id, body);
    const row = await tx.comment.create({
      data: { workspaceId: workspace.id, claimId: claim.id, threadId: threadId ?? null, authorId: actor.userId, body, mentionedIds: mentioned },
      select: commentSelect,
    });
    await publishLiveEvent(tx, { type: "comments", topics: [`claim:${claim.id}`] });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "comment.added",
      targetType: "claim",
      targetId: claim.id,
      data: { claimId: claim.id, commentId: row.id, threadId: threadId ?? row.id, mentioned },
    });
    await notify(tx, {
      workspaceId: workspace.id,
      claimId: claim.id,
      event: { kind: "mention", actorId: actor.userId, mentionedIds: mentioned },
      data: { excerpt: commentPlainText(body).slice(0, 200), commentId: row.id },
    });
    return { comment: toCommentDto(row) };
  });
}
