import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZDeleteWorkspaceInput = z.object({ workspaceSlug: z.string(), confirmSlug: z.string().trim() });
export type TDeleteWorkspaceInput = z.infer<typeof ZDeleteWorkspaceInput>;

/**
 * Deletes a workspace and everything in it (owners only). The caller must type the slug back,
 * so a stray click or request cannot do it. The audit record outlives the workspace (no workspaceId).
 */
export async function deleteWorkspace({ actor, ...input }: { actor: TActor } & TDeleteWorkspaceInput) {
  const { workspaceSlug, confirmSlug } = ZDeleteWorkspaceInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembershipForUpdate(tx, { actor, capability: "workspace.delete", workspaceSlug });
    if (confirmSlug !== workspace.slug) {
      throw new AppError("BAD_REQUEST", `Type “${workspace.slug}” to confirm.`, { fieldErrors: { confirmSlug: [`Type “${workspace.slug}” to confirm.`] } });
    }
    // The audit log refuses DELETE (a trigger) except for the rows of the workspace named here,
    // for this transaction only: deleting a workspace is the one way its events go.
    await tx.$executeRaw`SELECT set_config('factdesk.deleting_workspace', ${workspace.id}, true)`;
    await tx.workspace.delete({ where: { id: workspace.id } });
    await recordAuditEvent(tx, { actor, workspaceId: null, action: "workspace.deleted", targetType: "workspace", targetId: workspace.id, data: { slug: workspace.slug, name: workspace.name } });
  });
}
