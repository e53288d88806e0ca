import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { canAssignRole, ROLE_LABELS, ROLES } from "@/lib/domain/roles";
import { normalizeEmail } from "@/lib/domain/auth-email";
import { INVITATION_TTL_DAYS } from "@/lib/domain/workspace";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashInvitationToken } from "@/lib/server/invitations/hash-invitation-token";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import { renderInvitationMail } from "@/lib/server/mail/render-invitation-mail";
import { sendMail } from "@/lib/server/mail/send-mail";
import { requireMembershipForUpdate } from "@/lib/server/workspaces/require-membership-for-update";

export const ZCreateInvitationInput = z.object({
  workspaceSlug: z.string(),
  email: z.string().trim().max(254, "That email address is too long.").pipe(z.email("Enter a valid email address.")).transform(normalizeEmail),
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(", ")}.` }),
  /** The request's origin, used for the accept link when APP_URL is not set. */
  origin: z.url().optional(),
});
export type TCreateInvitationInput = z.input<typeof ZCreateInvitationInput>;

/**
 * Invites an email address into a workspace. Returns the accept link so the inviter can pass it
 * on themselves; mails it too when SMTP is configured. A pending invitation to the same address
 * is replaced (its link stops working), so there is only ever one live link per person.
 */
export async function createInvitation({ actor, ...input }: { actor: TActor } & TCreateInvitationInput) {
  const { workspaceSlug, email, role, origin } = ZCreateInvitationInput.parse(input);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);

  const { invitation, workspace, inviter } = await db.$transaction(async (tx) => {
    const { workspace, membership: me } = await requireMembershipForUpdate(tx, { actor, capability: "members.manage", workspaceSlug });
    if (!canAssignRole(me.role, null, role)) throw new AppError("FORBIDDEN", `Only owners can invite someone as ${ROLE_LABELS[role]}.`);
    const existing = await tx.membership.findFirst({
      where: { workspaceId: workspace.id, user: { email: { equals: email, mode: "insensitive" } } },
      select: { id: true },
    });
    if (existing) {
      const message = `${email} is already a member of this workspace.`;
      throw new AppError("CONFLICT", message, { fieldErrors: { email: [message] } });
    }
    const replaced = await tx.invitation.updateMany({
      where: { workspaceId: workspace.id, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { workspaceId: workspace.id, email, role, tokenHash: hashInvitationToken(token), invitedById: actor.userId, expiresAt },
    });
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: invitation.id,
      data: { email, role, replacedPending: replaced.count },
    });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    return { invitation, workspace, inviter };
  });

  const acceptUrl = `${appBaseUrl(origin)}/invite/${token}`;
  const emailSent = await sendMail(
    renderInvitationMail({ to: email, inviterName: inviter.name, workspaceName: workspace.name, role, acceptUrl, expiresAt }),
  );
  return {
    invitation: { id: invitation.id, email: invitation.email, role: invitation.role, createdAt: invitation.createdAt, expiresAt: invitation.expiresAt },
    acceptUrl,
    emailSent,
  };
}
