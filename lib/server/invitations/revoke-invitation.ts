import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { canAssignRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZRevokeInvitationInput = z.object({ workspaceSlug: z.string(), invitationId: z.string() });
export type TRevokeInvitationInput = z.infer<typeof ZRevokeInvitationInput>;

/** Makes an invitation's link stop working. Revoking an already revoked one changes nothing. */
export async function revokeInvitation({ actor, ...input }: { actor: TActor } & TRevokeInvitationInput) {
  const { workspaceSlug, invitationId } = ZRevokeInvitationInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace, membership: me } = await requireMembershipForUpdate(tx, { actor, capability: "members.manage", workspaceSlug });
    if (!isUuid(invitationId)) throw new AppError("NOT_FOUND", "Invitation not found.");
    const inv = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId: workspace.id } });
    if (!inv) throw new AppError("NOT_FOUND", "Invitation not found.");
    if (!canAssignRole(me.role, null, inv.role)) throw new AppError("FORBIDDEN", "Only owners can revoke an invitation to become an owner.");
    if (inv.acceptedAt) throw new AppError("CONFLICT", "This invitation was already accepted. Remove the member instead.");
    if (inv.revokedAt) return;
    await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "invitation.revoked", targetType: "invitation", targetId: inv.id, data: { email: inv.email, role: inv.role } });
  });
}
