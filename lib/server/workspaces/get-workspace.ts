import "server-only";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetWorkspaceInput = z.object({ workspaceSlug: z.string() });
export type TGetWorkspaceInput = z.infer<typeof ZGetWorkspaceInput>;

/** A workspace the actor belongs to (404 otherwise), with the actor's role and the member count. */
export async function getWorkspace({ actor, ...input }: { actor: TActor } & TGetWorkspaceInput) {
  const { workspaceSlug } = ZGetWorkspaceInput.parse(input);
  const { workspace, membership } = await requireMembership({ actor, capability: "workspace.read", workspaceSlug });
  const memberCount = await db.membership.count({ where: { workspaceId: workspace.id } });
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    requiredApprovals: workspace.requiredApprovals,
    /** Due dates are calendar days in this zone. */
    timeZone: workspace.timeZone,
    /** The rating scale verdicts choose from (the default when none is set). */
    ratingScale: ratingScaleFromStored(workspace.ratingScale).scale,
    createdAt: workspace.createdAt,
    role: membership.role,
    memberCount,
  };
}
