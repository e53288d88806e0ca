import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isTimeZone } from "@/lib/domain/time-zone";
import { MAX_REQUIRED_APPROVALS, MIN_REQUIRED_APPROVALS, WORKSPACE_NAME_MAX } from "@/lib/domain/workspace";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZUpdateWorkspaceSettingsInput = z.object({
  workspaceSlug: z.string(),
  name: z.string().trim().min(1, "Give the workspace a name.").max(WORKSPACE_NAME_MAX, `Use at most ${WORKSPACE_NAME_MAX} characters.`).optional(),
  requiredApprovals: z.coerce
    .number({ message: "Enter a number." })
    .int("Enter a whole number.")
    .min(MIN_REQUIRED_APPROVALS, `At least ${MIN_REQUIRED_APPROVALS} approval is required.`)
    .max(MAX_REQUIRED_APPROVALS, `At most ${MAX_REQUIRED_APPROVALS} approvals can be required.`)
    .optional(),
  timeZone: z
    .string({ error: "Give the time zone as a name such as Europe/Berlin." })
    .trim()
    .refine(isTimeZone, "Pick a time zone from the list (a name such as Europe/Berlin or America/New_York).")
    .optional(),
});
export type TUpdateWorkspaceSettingsInput = z.input<typeof ZUpdateWorkspaceSettingsInput>;

/**
 * Renames a workspace, sets how many approvals a verdict needs and/or its time zone (whose
 * calendar days its due dates are) (capability workspace.settings).
 */
export async function updateWorkspaceSettings({ actor, ...input }: { actor: TActor } & TUpdateWorkspaceSettingsInput) {
  const { workspaceSlug, name, requiredApprovals, timeZone } = ZUpdateWorkspaceSettingsInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, capability: "workspace.settings", workspaceSlug }, tx);
    const changes: Record<string, { from: string | number; to: string | number }> = {};
    if (name !== undefined && name !== workspace.name) changes.name = { from: workspace.name, to: name };
    if (requiredApprovals !== undefined && requiredApprovals !== workspace.requiredApprovals) {
      changes.requiredApprovals = { from: workspace.requiredApprovals, to: requiredApprovals };
    }
    if (timeZone !== undefined && timeZone !== workspace.timeZone) changes.timeZone = { from: workspace.timeZone, to: timeZone };
    if (Object.keys(changes).length === 0) {
      return { id: workspace.id, slug: workspace.slug, name: workspace.name, requiredApprovals: workspace.requiredApprovals, timeZone: workspace.timeZone };
    }
    const updated = await tx.workspace.update({
      where: { id: workspace.id },
      data: { ...(changes.name ? { name } : {}), ...(changes.requiredApprovals ? { requiredApprovals } : {}), ...(changes.timeZone ? { timeZone } : {}) },
    });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "workspace.updated", targetType: "workspace", targetId: workspace.id, data: changes });
    return { id: updated.id, slug: updated.slug, name: updated.name, requiredApprovals: updated.requiredApprovals, timeZone: updated.timeZone };
  });
}
