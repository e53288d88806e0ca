import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/domain/roles";
import type { TMemberDto } from "@/lib/domain/workspaces/member-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { memberSelect, toMemberDto } from "./to-member-dto";

export const ZListMembersInput = z.object({ workspaceSlug: z.string() });
export type TListMembersInput = z.infer<typeof ZListMembersInput>;

/** Everyone in a workspace the actor belongs to, owners first, then by name. */
export async function listMembers({ actor, ...input }: { actor: TActor } & TListMembersInput): Promise<TMemberDto[]> {
  const { workspaceSlug } = ZListMembersInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "workspace.read", workspaceSlug });
  const rows = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    select: memberSelect,
    orderBy: { user: { name: "asc" } },
  });
  return rows
    .map(toMemberDto)
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}
