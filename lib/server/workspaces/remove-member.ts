import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canRemoveMember } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { countOwners } from "@/lib/server/workspaces/count-owners";
import { findMember } from "@/lib/server/workspaces/find-member";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZRemoveMemberInput = z.object({ workspaceSlug: z.string(), userId: z.string() });
export type TRemoveMemberInput = z.infer<typeof ZRemoveMemberInput>;

/** Removes someone else from a workspace (removing yourself is leaveWorkspace). */
export async function removeMember({ actor, ...input }: { actor: TActor } & TRemoveMemberInput) {
  const { workspaceSlug, userId } = ZRemoveMemberInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace, membership: me } = await requireMembershipForUpdate(tx, { actor, capability: "members.manage", workspaceSlug });
    const target = await findMember(tx, workspace.id, userId);
    if (target.userId === actor.userId) throw new AppError("BAD_REQUEST", "To remove yourself, leave the workspace instead.");
    if (!canRemoveMember(me.role, target.role)) throw new AppError("FORBIDDEN", "Only owners can remove an owner.");
    if (target.role === "OWNER" && (await countOwners(tx, workspace.id)) <= 1) {
      throw new AppError("CONFLICT", `${target.user.name} is the only owner and cannot be removed.`);
    }
    await tx.membership.delete({ where: { id: target.id } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "member.removed",
      targetType: "user",
      targetId: target.userId,
      data: { email: target.user.email, name: target.user.name, role: target.role },
    });
  });
}
