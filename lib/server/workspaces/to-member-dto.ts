import "server-only";
import type { TMemberDto } from "@/lib/domain/workspaces/member-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const memberSelect = {
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.MembershipSelect;

export type TMemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

export function toMemberDto(row: TMemberRow): TMemberDto {
  return { userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt.toISOString() };
}
