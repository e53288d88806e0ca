import "server-only";
import type { TTx } from "@/lib/db";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";

/** A claim may be assigned only to a member of its workspace who can work on it (content.edit). */
export async function requireAssignee(tx: TTx, workspaceId: string, userId: string) {
  const m = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!m || !can(m.role, "content.edit")) {
    throw new AppError("BAD_REQUEST", "assigneeId must be a member of this workspace who can edit (editor, reviewer, admin or owner).", {
      fieldErrors: { assigneeId: ["Not a member who can edit claims."] },
    });
  }
}
