import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/auth-email";
import { invitationState } from "@/lib/domain/workspace";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashInvitationToken } from "@/lib/server/invitations/hash-invitation-token";
import { ZInvitationToken } from "@/lib/server/invitations/get-invitation-by-token";

export const ZAcceptInvitationInput = z.object({ token: z.string({ message: "token is required." }).min(1, "token is required.") });
export type TAcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;

const invalid = () => new AppError("NOT_FOUND", "This invitation link is not valid. Ask the person who invited you for a new one.");

/**
 * Joins the signed-in user to the invitation's workspace. The account's email must be the invited
 * one. Accepting again (a double click, a retried request) answers like the first time.
 */
export async function acceptInvitation({ actor, ...input }: { actor: TActor } & TAcceptInvitationInput) {
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to accept the invitation.");
  const { token } = ZAcceptInvitationInput.parse(input);
  if (!ZInvitationToken.safeParse(token).success) throw invalid();
  const tokenHash = hashInvitationToken(token);

  return db.$transaction(async (tx) => {
    // Lock the invitation so two accepts of one link cannot both create or both refuse.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (locked.length === 0) throw invalid();
    const inv = await tx.invitation.findUniqueOrThrow({ where: { tokenHash }, include: { workspace: { select: { id: true, slug: true, name: true } } } });
    const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true } });
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to accept the invitation.");
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: user.id } } });
    const workspace = { slug: inv.workspace.slug, name: inv.workspace.name };

    const state = invitationState(inv);
    if (state === "accepted") {
      if (inv.acceptedById === user.id && existing) return { workspace, role: existing.role, alreadyMember: true };
      throw new AppError("CONFLICT", "This invitation has already been used. Ask for a new one if you still need access.");
    }
    if (state === "revoked") throw new AppError("CONFLICT", "This invitation was revoked. Ask the person who invited you for a new one.");
    if (state === "expired") throw new AppError("CONFLICT", "This invitation has expired. Ask the person who invited you for a new one.");
    if (normalizeEmail(user.email) !== normalizeEmail(inv.email)) {
      throw new AppError("FORBIDDEN", `This invitation is for ${inv.email}, but you are signed in as ${user.email}. Sign in with the invited address to accept it.`);
    }

    await tx.invitation.update({ where: { id: inv.id }, data: { acceptedAt: new Date(), acceptedById: user.id } });
    // Someone already in the workspace keeps their role: an invitation never demotes or promotes.
    const role = existing ? existing.role : (await tx.membership.create({ data: { workspaceId: inv.workspaceId, userId: user.id, role: inv.role } })).role;
    await recordAuditEvent(tx, {
      actor,
      workspaceId: inv.workspaceId,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: inv.id,
      data: { email: inv.email, role, alreadyMember: Boolean(existing) },
    });
    return { workspace, role, alreadyMember: Boolean(existing) };
  });
}
