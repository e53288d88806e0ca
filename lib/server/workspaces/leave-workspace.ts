import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { countOwners } from "@/lib/server/workspaces/count-owners";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZLeaveWorkspaceInput = z.object({ workspaceSlug: z.string() });
export type TLeaveWorkspaceInput = z.infer<typeof ZLeaveWorkspaceInput>;

/** The actor leaves a workspace; the last owner cannot (the workspace would have no one in charge). */
export async function leaveWorkspace({ actor, ...input }: { actor: TActor } & TLeaveWorkspaceInput) {
  const { workspaceSlug } = ZLeaveWorkspaceInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace, membership: me } = await requireMembershipForUpdate(tx, { actor, capability: "workspace.read", workspaceSlug });
    if (me.role === "OWNER" && (await countOwners(tx, workspace.id)) <= 1) {
      throw new AppError("CONFLICT", "You are the only owner of this workspace. Make another member an owner before you leave.");
    }
    await tx.membership.delete({ where: { id: me.id } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "member.left", targetType: "user", targetId: actor.userId, data: { role: me.role } });
  });
}
