import "server-only";
import { ROLE_LABELS, type TRole } from "@/lib/domain/roles";
import type { TMail } from "@/lib/server/mail/send-mail";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The invitation mail: plain text first (what many mail clients show), a minimal HTML twin. */
export function renderInvitationMail(opts: { to: string; inviterName: string; workspaceName: string; role: TRole; acceptUrl: string; expiresAt: Date }): TMail {
  const role = ROLE_LABELS[opts.role];
  const until = opts.expiresAt.toUTCString();
  const subject = `${opts.inviterName} invited you to ${opts.workspaceName} on Factdesk`;
  const text = [
    `${opts.inviterName} invited you to join the workspace “${opts.workspaceName}” on Factdesk as ${role}.`,
    "",
    `Accept the invitation: ${opts.acceptUrl}`,
    "",
    `The link works until ${until} and only for ${opts.to}. If you did not expect it, ignore this mail.`,
  ].join("\n");
  const html = `<p>${escape(opts.inviterName)} invited you to join the workspace <strong>${escape(opts.workspaceName)}</strong> on Factdesk as ${escape(role)}.</p>
<p><a href="${escape(opts.acceptUrl)}">Accept the invitation</a></p>
<p style="color:#64748b">The link works until ${escape(until)} and only for ${escape(opts.to)}. If you did not expect it, ignore this mail.</p>`;
  return { to: opts.to, subject, text, html };
}
