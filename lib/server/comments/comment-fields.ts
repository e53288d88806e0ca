import "server-only";
import { z } from "zod";
import type { TTx } from "@/lib/db";
import { COMMENT_MAX, mentionedUserIds } from "@/lib/domain/conversation/comment-text";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";

export const zCommentBody = z
  .string({ error: "Write the comment as text." })
  .trim()
  .min(1, "Write something first.")
  .max(COMMENT_MAX, `Keep a comment under ${COMMENT_MAX.toLocaleString("en")} characters.`)
  .refine((s) => !s.includes("\u0000"), "A comment cannot contain NUL characters.");

/** The members a body mentions: tokens naming anyone else (a former member, a stranger) notify no one. */
export async function mentionedMembers(tx: TTx, workspaceId: string, body: string): Promise<string[]> {
  const ids = mentionedUserIds(body);
  if (ids.length === 0) return [];
  const members = await tx.membership.findMany({ where: { workspaceId, userId: { in: ids } }, select: { userId: true } });
  const ok = new Set(members.map((m) => m.userId));
  return ids.filter((id) => ok.has(id));
}

/** A live claim of the workspace (not in the trash), or 404. */
export async function requireCommentableClaim(tx: TTx, workspaceId: string, claimId: string): Promise<{ id: string }> {
  if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, document: { deletedAt: null } }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}
