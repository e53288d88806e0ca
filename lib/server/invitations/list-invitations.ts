import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZListInvitationsInput = z.object({ workspaceSlug: z.string() });
export type TListInvitationsInput = z.infer<typeof ZListInvitationsInput>;

/** Pending invitations (not accepted, revoked or expired), newest first, for member managers. */
export async function listInvitations({ actor, ...input }: { actor: TActor } & TListInvitationsInput) {
  const { workspaceSlug } = ZListInvitationsInput.parse(input);
  const { workspace } = await requireMembership({ actor, capability: "members.manage", workspaceSlug });
  const rows = await db.invitation.findMany({
    where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { invitedBy: { select: { id: true, name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((i) => ({ id: i.id, email: i.email, role: i.role, invitedBy: i.invitedBy, createdAt: i.createdAt, expiresAt: i.expiresAt }));
}
