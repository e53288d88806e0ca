import "server-only";
import type { TTx } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";

/** A member of `workspaceId` by user id; ids from elsewhere (or malformed) read as not found. */
export async function findMember(tx: TTx, workspaceId: string, userId: string) {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "Member not found.");
  const member = await tx.membership.findFirst({
    where: { workspaceId, userId },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "Member not found.");
  return member;
}
