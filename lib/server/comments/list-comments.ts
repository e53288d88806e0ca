import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TCommentThreadDto } from "@/lib/domain/conversation/comment-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireCommentableClaim } from "./comment-fields";
import { commentSelect, toThreads } from "./to-comment-dto";

export const ZListCommentsInput = z.object({ workspaceSlug: z.string(), claimId: z.string() }).strict();
export type TListCommentsInput = z.infer<typeof ZListCommentsInput>;

/** A claim's conversation: its threads, oldest first, each with its replies (any member). */
export async function listComments({ actor, ...input }: { actor: TActor } & TListCommentsInput): Promise<{ threads: TCommentThreadDto[] }> {
  const { workspaceSlug, claimId } = ZListCommentsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const claim = await requireCommentableClaim(db, workspace.id, claimId);
  const rows = await db.comment.findMany({ where: { claimId: claim.id }, select: commentSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { threads: toThreads(rows) };
}
