import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TInvitationDto } from "@/lib/domain/invitations/invitation-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { invitationSelect, toInvitationDto } from "./to-invitation-dto";

export const ZListInvitationsInput = z.object({ workspaceSlug: z.string() });
export type TListInvitationsInput = z.infer<typeof ZListInvitationsInput>;

/** Pending invitations (not accepted, revoked or expired), newest first, for member managers. */
export async function listInvitations({ actor, ...input }: { actor: TActor } & TListInvitationsInput): Promise<TInvitationDto[]> {
  const { workspaceSlug } = ZListInvitationsInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "members.manage", workspaceSlug });
  const rows = await db.invitation.findMany({
    where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toInvitationDto);
}
