import "server-only";
import { COMMENT_EDIT_WINDOW_MS, type TCommentDto, type TCommentThreadDto } from "@/lib/domain/conversation/comment-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const commentSelect = {
  id: true,
  threadId: true,
  verdictVersion: true,
  body: true,
  editedAt: true,
  deletedAt: true,
  resolvedAt: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;
export type TCommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export function toCommentDto(row: TCommentRow): TCommentDto {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    threadId: row.threadId,
    author: row.author,
    body: deleted ? "" : row.body,
    deleted,
    editedAt: row.editedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    editableUntil: deleted ? null : new Date(row.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS).toISOString(),
  };
}

/** Comments (in creation order) as threads: each first comment with its replies, oldest thread first. */
export function toThreads(rows: readonly TCommentRow[]): TCommentThreadDto[] {
  const threads = new Map<string, TCommentThreadDto>();
  for (const r of rows) {
    if (r.threadId !== null) continue;
    threads.set(r.id, { ...toCommentDto(r), verdictVersion: r.verdictVersion, resolved: r.resolvedAt ? { at: r.resolvedAt.toISOString(), by: r.resolvedBy } : null, replies: [] });
  }
  for (const r of rows) if (r.threadId !== null) threads.get(r.threadId)?.replies.push(toCommentDto(r));
  return [...threads.values()];
}
