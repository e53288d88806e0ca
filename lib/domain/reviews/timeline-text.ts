import { CLAIM_STATUS_LABELS, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { STANCE_LABELS, type TStance } from "@/lib/domain/evidence/stance";
import type { TTimelineEntryDto } from "./review-dto";

/**
 * A claim's timeline in sentences: one per audit event, in the words a team member would use,
 * naming who acted ("Ana approved version 2 (2 of 2 approvals)."). Pure: the server reads the
 * events, this says what they mean. Overrides, voided approvals and change requests are marked
 * so the view can make them stand out; approvals and overrides carry the hash they signed.
 */

/** The part of an audit event the timeline reads. `actorName` null: no one (the system) or a deleted account. */
export type TTimelineEvent = { action: string; data: unknown; actorName: string | null };

export type TTimelineText = Pick<TTimelineEntryDto, "text" | "signOffHash" | "emphasis">;

const MAX_QUOTE = 80;
/** Reasons and comments are what the author must read: kept long, but not unbounded in one line. */
const MAX_REASON = 500;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const clip = (v: unknown, max: number): string => {
  const t = str(v).replace(/\s+/gu, " ").trim();
  const chars = [...t];
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : t;
};
const quoted = (v: unknown, max = MAX_QUOTE) => `“${clip(v, max)}”`;
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const statusLabel = (v: unknown): string => (typeof v === "string" && v in CLAIM_STATUS_LABELS ? CLAIM_STATUS_LABELS[v as TClaimStatus] : clip(v, 40) || "an unknown status");
const stanceWord = (v: unknown): string => (typeof v === "string" && v in STANCE_LABELS ? STANCE_LABELS[v as TStance].toLowerCase() : "");
const hashOf = (v: unknown): string | undefined => (typeof v === "string" && /^[0-9a-f]{64}$/.test(v) ? v : undefined);
const version = (v: unknown): string => (num(v) !== null ? `version ${num(v)}` : "the verdict");
/** " Reason: “…”." or "" */
const because = (label: string, v: unknown): string => (clip(v, MAX_REASON) ? ` ${label}: ${quoted(v, MAX_REASON)}` : "");
const sentence = (s: string): string => (/[.!?…”]$/u.test(s) ? s : `${s}.`);

/** Field names as the claim and evidence forms call them. */
const FIELD_WORDS: Record<string, string> = {
  text: "wording",
  claimant: "claimant",
  claimDate: "date",
  appearanceUrl: "where it appeared",
  checkworthiness: "check-worthiness",
  tags: "tags",
  assigneeId: "assignee",
  dueDate: "due date",
  priority: "priority",
  status: "status",
  note: "note",
  excerpt: "excerpt",
  stance: "stance",
};
const fieldList = (v: unknown): string => {
  const names = Array.isArray(v) ? v.filter((f): f is string => typeof f === "string").map((f) => FIELD_WORDS[f] ?? f) : [];
  if (names.length === 0) return "";
  const last = names.pop()!;
  return names.length ? `${names.join(", ")} and ${last}` : last;
};

/** What each workflow action did, as the second half of "Ana …" for a status change. */
const STATUS_CHANGE_VERBS: Record<string, string> = {
  start_research: "started research",
  return_to_draft: "moved the claim back to draft",
  submit_for_review: "submitted the verdict for review",
  withdraw_submission: "withdrew the claim from review",
  approve: "gave the approval that completed the quorum",
  request_changes: "sent the claim back for changes",
  revise: "took the claim back to revise it",
  void_approvals: "voided the approvals",
  override_approve: "approved the claim by override",
  publish: "published the verdict",
  correct: "published a correction",
  reopen: "reopened the claim for a correction",
  text_correction: "unlocked the quoted text for a correction",
};

/** describeQuorum's "Approved (2 of 2)" read inside a sentence; its "1 of 2 approvals · 1 more needed" as is. */
function quorumWords(v: unknown): string {
  const q = clip(v, 80);
  const reached = /^Approved \((\d+) of (\d+)\)$/.exec(q);
  return reached ? `quorum reached, ${reached[1]} of ${reached[2]}` : q;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence (and emphasis, and signed hash) for one audit event on a claim. */
export function describeTimelineEvent(e: TTimelineEvent): TTimelineText {
  const d = obj(e.data);
  const who = e.actorName?.trim() || "Someone";
  switch (e.action) {
    case "claim.created":
      return { text: sentence(`${who} marked the claim ${quoted(d.quote)}`) };
    case "claim.updated": {
      const status = obj(d.status);
      if (status.to) return { text: `${who} moved the claim from ${statusLabel(status.from)} to ${statusLabel(status.to)}.` };
      const fields = fieldList(d.fields);
      return { text: fields ? `${who} edited the claim’s ${fields}.` : `${who} edited the claim.` };
    }
    case "claim.reanchored":
      return { text: sentence(`${who} re-attached the claim to ${quoted(obj(d.to).quote)}`) };
    case "claim.status_changed": {
      const verb = STATUS_CHANGE_VERBS[str(d.workflowAction)] ?? "changed the status";
      const reason = because(d.workflowAction === "request_changes" ? "Comment" : "Reason", d.reason);
      return { text: sentence(`${who} ${verb}: ${statusLabel(d.from)} → ${statusLabel(d.to)}.${reason}`) };
    }
    case "claim.reviewers_changed": {
      const added = Array.isArray(d.added) ? d.added.length : 0;
      const removed = Array.isArray(d.removed) ? d.removed.length : 0;
      const parts = [added ? `asked ${plural(added, "more reviewer", "more reviewers")}` : "", removed ? `removed ${plural(removed, "requested reviewer", "requested reviewers")}` : ""].filter(Boolean);
      return { text: `${who} ${parts.length ? parts.join(" and ") : "changed the requested reviewers"}.` };
    }
    case "claim.withdrawn":
      return { text: sentence(`${who} withdrew the claim.${because("Reason", d.reason)}`) };
    case "claim.deleted":
      return { text: sentence(`${who} deleted the claim ${quoted(d.quote)}`) };
    case "verdict.created": {
      const rating = clip(d.rating, 60);
      return { text: `${who} wrote verdict ${version(d.version)}${rating ? `: ${rating}` : ""}.` };
    }
    case "review.approved": {
      const quorum = quorumWords(d.quorum);
      return { text: `${who} approved ${version(d.verdictVersion)}${quorum ? ` (${quorum})` : ""}.`, signOffHash: hashOf(d.signOffHash) };
    }
    case "review.changes_requested":
      return { text: sentence(`${who} requested changes to ${version(d.verdictVersion)}.${because("Comment", d.comment)}`), emphasis: "change_request" };
    case "review.override_approved":
      return {
        text: sentence(`${who} approved ${version(d.verdictVersion)} by owner override, without the quorum.${because("Reason", d.reason)}`),
        signOffHash: hashOf(d.signOffHash),
        emphasis: "override",
      };
    case "review.approvals_voided": {
      const count = num(d.count);
      const what = count === null ? "Approvals" : count === 1 ? "1 approval" : `${count} approvals`;
      const reason = clip(d.reason, MAX_REASON);
      const head = e.actorName ? `${who} voided ${what.charAt(0).toLowerCase()}${what.slice(1)}` : `${what} ${count === 1 ? "was" : "were"} voided`;
      return { text: sentence(`${head}.${reason ? ` ${reason}` : ""}`), emphasis: "void" };
    }
    case "verdict.published":
      return {
        text: `${who} published ${version(d.verdictVersion)} as public version ${num(d.publicationVersion) ?? "1"}${str(d.slug) ? ` at the address ${quoted(d.slug)}` : ""}.`,
        signOffHash: hashOf(d.signOffHash),
      };
    case "verdict.corrected":
      return {
        text: sentence(`${who} published a correction: ${version(d.verdictVersion)} is public version ${num(d.publicationVersion) ?? "?"}.${because("Public note", d.note)}`),
        signOffHash: hashOf(d.signOffHash),
      };
    case "verdict.retracted":
      return { text: sentence(`${who} retracted the public page (public version ${num(d.publicationVersion) ?? "?"}).${because("Public note", d.note)}`), emphasis: "void" };
    case "claim.public_slug_changed":
      return {
        text: str(d.from)
          ? `${who} changed the public address from ${quoted(d.from)} to ${quoted(d.to)} (the old one redirects).`
          : `${who} set the public address to ${quoted(d.to)}.`,
      };
    case "comment.added": {
      const mentioned = Array.isArray(d.mentioned) ? d.mentioned.length : 0;
      const what = str(d.threadId) && d.threadId !== d.commentId ? "replied in a discussion thread" : "started a discussion thread";
      return { text: `${who} ${what}${mentioned ? `, mentioning ${plural(mentioned, "person", "people")}` : ""}.` };
    }
    case "comment.edited":
      return { text: `${who} edited a comment.` };
    case "comment.thread_resolved":
      return { text: `${who} resolved a discussion thread.` };
    case "comment.thread_reopened":
      return { text: `${who} reopened a discussion thread.` };
    case "comment.deleted":
      // What it said stays in the audit log for admins, not in a timeline every member reads.
      return { text: `${who} deleted a comment.` };
    case "evidence.added": {
      const stance = stanceWord(d.stance);
      return { text: `${who} cited ${quoted(d.sourceTitle)}${stance ? ` (${stance})` : ""}.` };
    }
    case "evidence.updated": {
      const stance = obj(d.stance);
      if (stance.to) return { text: `${who} changed the evidence from ${quoted(d.sourceTitle)} from ${stanceWord(stance.from) || "?"} to ${stanceWord(stance.to) || "?"}.` };
      const fields = fieldList(d.fields);
      return { text: `${who} edited the ${fields ? `${fields} of the ` : ""}evidence from ${quoted(d.sourceTitle)}.` };
    }
    case "evidence.removed":
      return { text: `${who} removed the evidence from ${quoted(d.sourceTitle)}.` };
    case "evidence.reordered":
      return { text: `${who} reordered the evidence.` };
    default:
      return { text: `${who} made a change recorded as “${clip(e.action, 60)}”.` };
  }
}
