import { CLAIM_STATUS_LABELS, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { STANCE_LABELS, type TStance } from "@/lib/domain/evidence/stance";
import { ROLE_LABELS, type TRole } from "@/lib/domain/roles";

/** The part of an audit event needed to say what happened. */
export type TActivityEvent = { action: string; data: unknown };

const role = (r: unknown) => (typeof r === "string" && r in ROLE_LABELS ? ROLE_LABELS[r as TRole] : String(r ?? ""));
const str = (v: unknown) => (typeof v === "string" ? v : "");
/** A quote cut to a readable length for one line of activity. */
const excerpt = (v: unknown, max = 80) => {
  const t = str(v).replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};
const stanceWord = (v: unknown) => (typeof v === "string" && v in STANCE_LABELS ? STANCE_LABELS[v as TStance].toLowerCase() : "");
const statusLabel = (v: unknown) => (typeof v === "string" && v in CLAIM_STATUS_LABELS ? CLAIM_STATUS_LABELS[v as TClaimStatus] : str(v));

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
      const zone = d.timeZone as { to?: string } | undefined;
      if (zone?.to) parts.push(`set the time zone to ${excerpt(zone.to, 64)}`);
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
    case "document.imported":
      return `imported “${str(d.title)}”`;
    case "document.metadata_updated":
      return "updated a document’s details";
    case "document.text_locked":
      return `locked the text of “${str(d.title)}”`;
    case "document.text_unlocked":
      return `unlocked the text of “${str(d.title)}”`;
    case "document.deleted": // before the trash existed
      return `deleted the document “${str(d.title)}”`;
    case "document.trashed":
      return `moved the document “${str(d.title)}” to the trash`;
    case "document.restored":
      return `restored the document “${str(d.title)}” from the trash`;
    case "document.purged":
      return `purged the document “${str(d.title)}” (30 days in the trash)`;
    case "claim.created":
      return `marked the claim “${excerpt(d.quote)}”`;
    case "claim.updated": {
      const status = d.status as { to?: unknown } | undefined;
      return status?.to ? `moved a claim to ${statusLabel(status.to)}` : "edited a claim";
    }
    case "claim.reanchored":
      return `re-attached the claim “${excerpt((d.to as { quote?: unknown } | undefined)?.quote)}”`;
    case "claim.deleted":
      return `deleted the claim “${excerpt(d.quote)}”`;
    case "source.created":
      return `added the source “${excerpt(d.title)}” to the library`;
    case "source.updated":
      return "edited a source’s details";
    case "source.deleted":
      return `deleted the source “${excerpt(d.title)}” from the library`;
    case "evidence.added":
      return `cited “${excerpt(d.sourceTitle)}” on a claim${stanceWord(d.stance) ? ` (${stanceWord(d.stance)})` : ""}`;
    case "evidence.updated": {
      const stance = d.stance as { to?: unknown } | undefined;
      return stance?.to ? `changed evidence from “${excerpt(d.sourceTitle)}” to ${stanceWord(stance.to)}` : `edited evidence from “${excerpt(d.sourceTitle)}”`;
    }
    case "evidence.removed":
      return `removed evidence from “${excerpt(d.sourceTitle)}” from a claim`;
    case "evidence.reordered":
      return "reordered a claim’s evidence";
    case "source.refetched":
      return `fetched the source “${excerpt(d.title)}” again`;
    case "claim.status_changed":
      return `moved a claim from ${statusLabel(d.from)} to ${statusLabel(d.to)}`;
    case "claim.reviewers_changed":
      return "changed who reviews a claim";
    case "claim.withdrawn":
      return `withdrew a claim${str(d.reason) ? `: ${excerpt(d.reason)}` : ""}`;
    case "verdict.created":
      return `proposed verdict version ${String(d.version ?? "")}${str(d.rating) ? ` (${str(d.rating)})` : ""}`;
    case "review.approved":
      return `approved verdict version ${String(d.verdictVersion ?? "")}${str(d.quorum) ? ` · ${str(d.quorum)}` : ""}`;
    case "review.changes_requested":
      return `requested changes on verdict version ${String(d.verdictVersion ?? "")}`;
    case "review.override_approved":
      return `approved verdict version ${String(d.verdictVersion ?? "")} by override: ${excerpt(d.reason)}`;
    case "review.approvals_voided":
      return `voided approvals: ${excerpt(d.reason, 120)}`;
    case "workspace.rating_scale_updated":
      return "changed the rating scale";
    case "workspace.public_profile_updated":
      return "updated the public pages’ profile";
    case "verdict.published":
      return `published verdict version ${String(d.verdictVersion ?? "")}${str(d.slug) ? ` at “${excerpt(d.slug)}”` : ""}`;
    case "verdict.corrected":
      return `published a correction${str(d.note) ? `: ${excerpt(d.note)}` : ""}`;
    case "verdict.retracted":
      return `retracted a published verdict${str(d.note) ? `: ${excerpt(d.note)}` : ""}`;
    case "claim.public_slug_changed":
      return `changed a public address to “${excerpt(d.to)}”`;
    case "comment.added":
      return str(d.threadId) && d.threadId !== d.commentId ? "replied in a claim’s discussion" : "started a discussion on a claim";
    case "comment.edited":
      return "edited a comment";
    case "comment.thread_resolved":
      return "resolved a discussion thread";
    case "comment.thread_reopened":
      return "reopened a discussion thread";
    case "api_token.created":
      return `created an API token${str(d.name) ? ` “${excerpt(d.name, 60)}”` : ""}`;
    case "api_token.revoked":
      return `revoked an API token${str(d.name) ? ` “${excerpt(d.name, 60)}”` : ""}`;
    case "user.signed_up":
      return "signed up";
    case "user.oauth_linked":
      return `linked a sign-in with ${str(d.provider) ? excerpt(d.provider, 20) : "a provider"}`;
    case "user.profile_updated":
      return "updated their profile";
    case "user.password_changed":
      return "changed their password";
    case "user.signed_out_everywhere":
      return "signed out on every device";
    case "workspace.deleted":
      return "deleted the workspace";
    case "comment.deleted":
      return "deleted a comment";
    default:
      return e.action;
  }
}

