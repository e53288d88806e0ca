import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canAssignRole, ROLE_LABELS, ROLES } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { countOwners } from "@/lib/server/workspaces/count-owners";
import { findMember } from "@/lib/server/workspaces/find-member";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZChangeMemberRoleInput = z.object({
  workspaceSlug: z.string(),
  userId: z.string(),
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` }),
});
export type TChangeMemberRoleInput = z.infer<typeof ZChangeMemberRoleInput>;

/** Gives a member another role. Only owners touch owners; the last owner cannot be demoted. */
export async function changeMemberRole({ actor, ...input }: { actor: TActor } & TChangeMemberRoleInput) {
  const { workspaceSlug, userId, role } = ZChangeMemberRoleInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace, membership: me } = await requireMembershipForUpdate(tx, { actor, capability: "members.manage", workspaceSlug });
    const target = await findMember(tx, workspace.id, userId);
    if (!canAssignRole(me.role, target.role, role)) {
      throw new AppError("FORBIDDEN", target.role === "OWNER" || role === "OWNER" ? "Only owners can change who is an owner." : "Your role does not allow this change.");
    }
    const result = { userId: target.userId, name: target.user.name, email: target.user.email, role };
    if (target.role === role) return result;
    if (target.role === "OWNER" && (await countOwners(tx, workspace.id)) <= 1) {
      throw new AppError("CONFLICT", `${target.user.name} is the only owner. Make another member an owner before changing this role.`);
    }
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "member.role_changed",
      targetType: "user",
      targetId: target.userId,
      data: { email: target.user.email, from: target.role, to: role, summary: `${ROLE_LABELS[target.role]} → ${ROLE_LABELS[role]}` },
    });
    return result;
  });
}
