import "server-only";
import type { TTx } from "@/lib/db";
import type { TCapability } from "@/lib/domain/roles";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

/**
 * requireMembership for transactions that change who belongs to a workspace. It locks the
 * workspace row (SELECT … FOR UPDATE), so such changes in one workspace run one after another,
 * then re-reads the actor's membership: the role checked is the role at commit time, and the
 * owner count a later check sees cannot be changed underneath it (two owners leaving at once).
 */
export async function requireMembershipForUpdate(
  tx: TTx,
  opts: { actor: TActor; capability: TCapability; workspaceSlug: string },
) {
  const first = await requireMembership(opts, tx);
  await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${first.workspace.id}::uuid FOR UPDATE`;
  return requireMembership({ actor: opts.actor, capability: opts.capability, workspaceId: first.workspace.id }, tx);
}
