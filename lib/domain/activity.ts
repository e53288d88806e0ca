import { ROLE_LABELS, type TRole } from "@/lib/domain/roles";

/** The part of an audit event needed to say what happened. */
export type TActivityEvent = { action: string; data: unknown };

const role = (r: unknown) => (typeof r === "string" && r in ROLE_LABELS ? ROLE_LABELS[r as TRole] : String(r ?? ""));
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** One sentence per audit event, in the words a team member would use. */
export function describeActivity(e: TActivityEvent): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  switch (e.action) {
    case "workspace.created":
      return `created the workspace “${str(d.name)}”`;
    case "workspace.updated": {
      const parts: string[] = [];
      const name = d.name as { to?: string } | undefined;
      const approvals = d.requiredApprovals as { to?: number } | undefined;
      if (name?.to) parts.push(`renamed the workspace to “${name.to}”`);
      if (approvals?.to !== undefined) parts.push(`set required approvals to ${approvals.to}`);
      return parts.join(" and ") || "updated the settings";
    }
    case "member.role_changed":
      return `changed ${str(d.email)} from ${role(d.from)} to ${role(d.to)}`;
    case "member.removed":
      return `removed ${str(d.email) || str(d.name)}`;
    case "member.left":
      return "left the workspace";
    case "invitation.created":
      return `invited ${str(d.email)} as ${role(d.role)}`;
    case "invitation.revoked":
      return `revoked the invitation for ${str(d.email)}`;
    case "invitation.accepted":
      return d.alreadyMember ? "accepted an invitation but was already a member" : `joined as ${role(d.role)}`;
    default:
      return e.action;
  }
}

