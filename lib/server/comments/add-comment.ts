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
    /** A new thread about one version of the claim's verdict (shown with the version). */
    verdictVersion: z.number({ error: "verdictVersion is a verdict version number." }).int().min(1).max(100_000).optional(),
  })
  .strict();
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;

/**
 * Starts a thread on a claim (or on one version of its verdict) or replies in one (members who work on claims; viewers read). The
 * members it mentions are kept with it; a mention of anyone else stays text and notifies no one.
 */
export async function addComment({ actor, ...input }: { actor: TActor } & TAddCommentInput): Promise<{ comment: TCommentDto }> {
  const { workspaceSlug, claimId, body, threadId, verdictVersion } = ZAddCommentInput.parse(input);
  if (threadId && verdictVersion) throw new AppError("BAD_REQUEST", "A reply belongs to its thread: send verdictVersion only to start a thread about a version.");
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const claim = await requireCommentableClaim(tx, workspace.id, claimId);
    if (threadId) {
      const root = await tx.comment.findFirst({ where: { id: threadId, claimId: claim.id, threadId: null }, select: { id: true } });
      if (!root) throw new AppError("NOT_FOUND", "Thread not found on this claim.");
    }
    if (verdictVersion && !(await tx.verdict.findFirst({ where: { claimId: claim.id, version: verdictVersion }, select: { id: true } }))) {
      throw new AppError("BAD_REQUEST", `This claim's verdict has no version ${verdictVersion}.`);
    }
    const mentioned = await mentionedMembers(tx, workspace.id, body);
    const row = await tx.comment.create({
      data: { workspaceId: workspace.id, claimId: claim.id, threadId: threadId ?? null, authorId: actor.userId, body, mentionedIds: mentioned, verdictVersion: verdictVersion ?? null },
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
