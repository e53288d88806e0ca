import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/auth-email";
import { invitationState } from "@/lib/domain/workspace";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { hashInvitationToken } from "@/lib/server/invitations/hash-invitation-token";

export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const ZGetInvitationByTokenInput = z.object({ token: z.string() });
export type TGetInvitationByTokenInput = z.infer<typeof ZGetInvitationByTokenInput>;

/**
 * What the accept page shows. Knowing the token is the permission (it is a secret link sent to
 * the invitee), so a signed-out visitor may call this; with an actor it also says whether that
 * account can accept.
 */
export async function getInvitationByToken({ actor, ...input }: { actor: TActor | null } & TGetInvitationByTokenInput) {
  const { token } = ZGetInvitationByTokenInput.parse(input);
  if (!ZInvitationToken.safeParse(token).success) throw new AppError("NOT_FOUND", "This invitation link is not valid.");
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { workspace: { select: { id: true, name: true, slug: true } }, invitedBy: { select: { name: true } } },
  });
  if (!inv) throw new AppError("NOT_FOUND", "This invitation link is not valid.");

  let viewer: { email: string; emailMatches: boolean; isMember: boolean } | null = null;
  if (actor?.userId) {
    const user = await db.user.findUnique({
      where: { id: actor.userId },
      select: { email: true, memberships: { where: { workspaceId: inv.workspaceId }, select: { id: true } } },
    });
    if (user) viewer = { email: user.email, emailMatches: normalizeEmail(user.email) === normalizeEmail(inv.email), isMember: user.memberships.length > 0 };
  }
  return {
    // The slug is only useful to someone who can open the workspace.
    workspace: { name: inv.workspace.name, slug: viewer?.isMember ? inv.workspace.slug : null },
    inviterName: inv.invitedBy.name,
    email: inv.email,
    role: inv.role,
    state: invitationState(inv),
    expiresAt: inv.expiresAt,
    viewer,
  };
}
