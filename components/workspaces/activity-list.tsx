import { ROLE_LABELS, type TRole } from "@/lib/domain/roles";

export type TActivity = {
  id: string;
  action: string;
  data: unknown;
  actor: { name: string; email: string } | null;
  createdAt: Date;
};

const role = (r: unknown) => (typeof r === "string" && r in ROLE_LABELS ? ROLE_LABELS[r as TRole] : String(r ?? ""));
const str = (v: unknown) => (typeof v === "string" ? v : "");

/** One sentence per audit event, in the words a team member would use. */
export function describeActivity(e: TActivity): string {
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
      return `joined as ${role(d.role)}`;
    default:
      return e.action;
  }
}

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function ActivityList({ events }: { events: TActivity[] }) {
  return (
    <ol className="divide-y divide-slate-100">
      {events.map((e) => (
        <li key={e.id} className="flex items-baseline justify-between gap-4 py-2.5 text-sm">
          <p className="min-w-0 text-slate-700">
            <span className="font-medium text-slate-900">{e.actor?.name ?? "Someone"}</span> {describeActivity(e)}
          </p>
          <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-xs text-slate-500">
            {fmt.format(e.createdAt)} UTC
          </time>
        </li>
      ))}
    </ol>
  );
}
