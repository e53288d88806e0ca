import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

/** The workspaces the actor belongs to, with their role and member count, by name. */
export async function listMyWorkspaces({ actor }: { actor: TActor }) {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    include: { workspace: { include: { _count: { select: { memberships: true } } } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map((m) => ({
    id: m.workspace.id,
    slug: m.workspace.slug,
    name: m.workspace.name,
    role: m.role,
    memberCount: m.workspace._count.memberships,
    joinedAt: m.createdAt,
  }));
}
