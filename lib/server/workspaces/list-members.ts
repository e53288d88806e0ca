import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/domain/roles";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZListMembersInput = z.object({ workspaceSlug: z.string() });
export type TListMembersInput = z.infer<typeof ZListMembersInput>;

/** Everyone in a workspace the actor belongs to, owners first, then by name. */
export async function listMembers({ actor, ...input }: { actor: TActor } & TListMembersInput) {
  const { workspaceSlug } = ZListMembersInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "workspace.read", workspaceSlug });
  const rows = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt }))
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}
