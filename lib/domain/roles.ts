/** Workspace roles and what each may do. Pure: the server layer asks these questions inside its queries. */
export const ROLES = ["OWNER", "ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type TRole = (typeof ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<TRole, string> = {
  OWNER: "Full control, including deleting the workspace and managing owners.",
  ADMIN: "Manages members, invitations and settings.",
  EDITOR: "Imports documents, marks claims, gathers evidence, drafts verdicts.",
  REVIEWER: "Marks claims, gathers evidence and signs off verdicts; cannot delete documents.",
  VIEWER: "Reads everything, changes nothing.",
};

export type TCapability =
  | "workspace.read"
  | "workspace.settings"
  | "workspace.delete"
  | "members.manage"
  | "content.edit"
  /** Moving documents to the trash and restoring them: editors and above, not reviewers. */
  | "content.delete"
  | "verdict.review";

const CAPABILITIES: Record<TRole, readonly TCapability[]> = {
  OWNER: ["workspace.read", "workspace.settings", "workspace.delete", "members.manage", "content.edit", "content.delete", "verdict.review"],
  ADMIN: ["workspace.read", "workspace.settings", "members.manage", "content.edit", "content.delete", "verdict.review"],
  EDITOR: ["workspace.read", "content.edit", "content.delete"],
  REVIEWER: ["workspace.read", "content.edit", "verdict.review"],
  VIEWER: ["workspace.read"],
};

export function can(role: TRole, capability: TCapability): boolean {
  return CAPABILITIES[role].includes(capability);
}

/**
 * Whether `actorRole` may give `newRole` to a member who now has `currentRole` (null: a new invitee).
 * Only owners create or touch owners; admins manage everyone else.
 */
export function canAssignRole(actorRole: TRole, currentRole: TRole | null, newRole: TRole): boolean {
  if (!can(actorRole, "members.manage")) return false;
  if (actorRole === "OWNER") return true;
  return currentRole !== "OWNER" && newRole !== "OWNER";
}

/** Whether `actorRole` may remove a member whose role is `targetRole` (removing oneself is "leave"). */
export function canRemoveMember(actorRole: TRole, targetRole: TRole): boolean {
  if (!can(actorRole, "members.manage")) return false;
  return actorRole === "OWNER" || targetRole !== "OWNER";
}
