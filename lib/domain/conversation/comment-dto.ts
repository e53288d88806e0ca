import type { TPersonRef } from "@/lib/domain/reviews/review-dto";

/** How long an author may edit a comment after writing it (afterwards it shows as written). */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export type TCommentDto = {
  id: string;
  threadId: string | null;
  author: TPersonRef;
  /** Plain text with mention tokens; "" once deleted. */
  body: string;
  deleted: boolean;
  editedAt: string | null;
  createdAt: string;
  /** Until when its author may still edit it (null once deleted). */
  editableUntil: string | null;
};

export type TCommentThreadDto = TCommentDto & {
  /** The verdict version the thread is about (a change request opens one), or null. */
  verdictVersion: number | null;
  resolved: { at: string; by: TPersonRef } | null;
  replies: TCommentDto[];
};
