import "server-only";
import { db, type TTx } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { can, type TCapability } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/**
 * Loads the workspace through the actor's own membership (one query, scoped by userId), so a
 * workspace the actor does not belong to is indistinguishable from one that does not exist: 404.
 * A member without the capability gets 403.
 */
export async function requireMembership(
  opts: { actor: TActor; capability: TCapability } & ({ workspaceSlug: string } | { workspaceId: string }),
  tx: TTx | typeof db = db,
) {
  const { actor, capability } = opts;
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const workspaceWhere = "workspaceSlug" in opts ? { slug: opts.workspaceSlug } : { id: opts.workspaceId };
  if ("workspaceId" in opts ? !isUuid(opts.workspaceId) : typeof opts.workspaceSlug !== "string" || !opts.workspaceSlug) {
    throw new AppError("NOT_FOUND", "Workspace not found.");
  }
  const membership = await tx.membership.findFirst({
    where: { userId: actor.userId, workspace: workspaceWhere },
    include: { workspace: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  if (!can(membership.role, capability)) {
    throw new AppError("FORBIDDEN", "Your role in this workspace does not allow this.");
  }
  return { workspace: membership.workspace, membership };
}
