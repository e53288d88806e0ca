import "server-only";
import type { TInvitationDto } from "@/lib/domain/invitations/invitation-dto";
import type { Prisma } from "@/lib/generated/prisma/client";

export const invitationSelect = {
  id: true,
  email: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  invitedBy: { select: { id: true, name: true } },
} satisfies Prisma.InvitationSelect;

export type TInvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

export function toInvitationDto(row: TInvitationRow): TInvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: { id: row.invitedBy.id, name: row.invitedBy.name },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
