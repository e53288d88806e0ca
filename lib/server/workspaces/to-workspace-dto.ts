import "server-only";
import type { TMyWorkspaceDto } from "@/lib/domain/workspaces/workspace-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Selected from the actor's membership, so the role is theirs. */
export const myWorkspaceSelect = {
  role: true,
  createdAt: true,
  workspace: { select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } } },
} satisfies Prisma.MembershipSelect;

export type TMyWorkspaceRow = Prisma.MembershipGetPayload<{ select: typeof myWorkspaceSelect }>;

export function toMyWorkspaceDto(row: TMyWorkspaceRow): TMyWorkspaceDto {
  return {
    id: row.workspace.id,
    slug: row.workspace.slug,
    name: row.workspace.name,
    role: row.role,
    memberCount: row.workspace._count.memberships,
    joinedAt: row.createdAt.toISOString(),
  };
}
