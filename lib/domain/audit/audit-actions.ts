/**
 * Every action the audit log records. recordAuditEvent takes only these, so a misspelt action is
 * a type error rather than a row no filter, sentence or export knows.
 */
export const AUDIT_ACTIONS = [
  "api_token.created",
  "api_token.revoked",
  "claim.created",
  "claim.updated",
  "claim.status_changed",
  "claim.reanchored",
  "claim.reviewers_changed",
  "claim.withdrawn",
  "claim.deleted",
  "claim.public_slug_changed",
  "comment.added",
  "comment.edited",
  "comment.deleted",
  "comment.thread_resolved",
  "comment.thread_reopened",
  "document.imported",
  "document.metadata_updated",
  "document.text_locked",
  "document.text_unlocked",
  "document.trashed",
  "document.restored",
  "document.purged",
  "evidence.added",
  "evidence.updated",
  "evidence.removed",
  "evidence.reordered",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "member.left",
  "review.approved",
  "review.changes_requested",
  "review.override_approved",
  "review.approvals_voided",
  "source.created",
  "source.updated",
  "source.refetched",
  "source.deleted",
  "user.signed_up",
  "user.oauth_linked",
  "user.profile_updated",
  "user.password_changed",
  "user.signed_out_everywhere",
  "verdict.created",
  "verdict.published",
  "verdict.corrected",
  "verdict.retracted",
  "workspace.created",
  "workspace.updated",
  "workspace.deleted",
  "workspace.rating_scale_updated",
  "workspace.public_profile_updated",
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * What the workspace log can be filtered by: the actions the app records in a workspace (grouped
 * by their prefix, which filters every action of the group) and the kinds of target. Suggestions
 * for the filter form; the filter itself takes any action name.
 */
export const AUDIT_ACTION_GROUPS: { prefix: string; label: string; actions: TAuditAction[] }[] = [
  { prefix: "claim.", label: "Claims", actions: ["claim.created", "claim.updated", "claim.status_changed", "claim.reanchored", "claim.reviewers_changed", "claim.withdrawn", "claim.deleted", "claim.public_slug_changed"] },
  { prefix: "verdict.", label: "Verdicts and publishing", actions: ["verdict.created", "verdict.published", "verdict.corrected", "verdict.retracted"] },
  { prefix: "review.", label: "Reviews", actions: ["review.approved", "review.changes_requested", "review.override_approved", "review.approvals_voided"] },
  { prefix: "evidence.", label: "Evidence", actions: ["evidence.added", "evidence.updated", "evidence.removed", "evidence.reordered"] },
  { prefix: "comment.", label: "Comments", actions: ["comment.added", "comment.edited", "comment.deleted", "comment.thread_resolved", "comment.thread_reopened"] },
  { prefix: "source.", label: "Sources", actions: ["source.created", "source.updated", "source.refetched", "source.deleted"] },
  {
    prefix: "document.",
    label: "Documents",
    actions: ["document.imported", "document.metadata_updated", "document.text_locked", "document.text_unlocked", "document.trashed", "document.restored", "document.purged"],
  },
  { prefix: "member.", label: "Members", actions: ["member.role_changed", "member.removed", "member.left"] },
  { prefix: "invitation.", label: "Invitations", actions: ["invitation.created", "invitation.revoked", "invitation.accepted"] },
  { prefix: "workspace.", label: "Settings", actions: ["workspace.created", "workspace.updated", "workspace.rating_scale_updated", "workspace.public_profile_updated"] },
];

export const AUDIT_TARGET_TYPES = ["claim", "evidence", "document", "source", "workspace", "user", "invitation"] as const;
