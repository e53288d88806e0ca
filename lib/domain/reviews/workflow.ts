import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { can, type TRole } from "@/lib/domain/roles";

/**
 * The review workflow as a pure state machine:
 *
 *   DRAFT ⇄ RESEARCHING → IN_REVIEW ⇄ CHANGES_REQUESTED → (revise) RESEARCHING
 *                           ↓ ↑ (void_approvals; request_changes goes to CHANGES_REQUESTED)
 *                         APPROVED → (publish) PUBLISHED, or (correct) CORRECTED if published before
 *   PUBLISHED, CORRECTED → (reopen) RESEARCHING → … → APPROVED → (correct) CORRECTED
 *
 * A correction is a change like any other: it is researched, reviewed and approved again, and
 * only then published with its public note, so no published word escapes sign-off.
 *
 * Every server function and route asks `decide` before it changes a claim's status or records a
 * review, and applies `next` and `effects` in one transaction with a version check; the UI asks
 * `allowedActions` which buttons to show. Nothing here reads the database: the caller supplies the
 * facts (who acts, whether they wrote the verdict, how many approvals there will be), so the rules
 * can be tested exhaustively and the server cannot drift from them.
 */

export const WORKFLOW_ACTIONS = [
  "start_research",
  "return_to_draft",
  "submit_for_review",
  "withdraw_submission",
  "approve",
  "request_changes",
  "revise",
  "void_approvals",
  "override_approve",
  "publish",
  "correct",
  "reopen",
] as const;
export type TWorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Button labels; the UI and the timeline share them so an action reads the same everywhere. */
export const WORKFLOW_ACTION_LABELS: Record<TWorkflowAction, string> = {
  start_research: "Start research",
  return_to_draft: "Back to draft",
  submit_for_review: "Submit for review",
  withdraw_submission: "Withdraw from review",
  approve: "Approve",
  request_changes: "Request changes",
  revise: "Back to research",
  void_approvals: "Void approvals",
  override_approve: "Approve by override",
  publish: "Publish",
  correct: "Publish correction",
  reopen: "Reopen for correction",
};

/** What the person acting reads once an action went through. */
export const WORKFLOW_DONE_TEXT: Record<TWorkflowAction, string> = {
  start_research: "Research started.",
  return_to_draft: "Back in draft.",
  submit_for_review: "Submitted for review; the reviewers are told.",
  withdraw_submission: "Withdrawn from review.",
  approve: "Approved.",
  request_changes: "Sent back to the author with your comment.",
  revise: "Back in research.",
  void_approvals: "Approvals voided.",
  override_approve: "Approved by override.",
  publish: "Published: the public page is live.",
  correct: "Correction published: the public page shows it and its history.",
  reopen: "Reopened for a correction. The public page stays as it is until a correction is published.",
};

/**
 * Actions that need a sentence from the person acting, and what that sentence is for. The reason
 * is what makes the action accountable: the author must see why changes were requested, an
 * override must say why the quorum was bypassed, a void must say what changed, and a correction
 * carries its public note.
 */
export const ACTION_REASON_PROMPTS: Partial<Record<TWorkflowAction, string>> = {
  request_changes: "What should the author change?",
  void_approvals: "What changed in the signed-off content?",
  override_approve: "Why is this verdict approved without the required reviews?",
  correct: "The public correction note: what was wrong and what changed.",
  reopen: "Why does the published verdict need a correction?",
};

export function actionNeedsReason(action: TWorkflowAction): boolean {
  return ACTION_REASON_PROMPTS[action] !== undefined;
}

export const MIN_REQUIRED_APPROVALS = 1;
export const MAX_REQUIRED_APPROVALS = 5;

/**
 * Who may publish, correct and reopen a published verdict. Publishing is the publishing issue's
 * to refine (it may become a capability in roles.ts); until then it is the people who answer for
 * the workspace, not every reviewer.
 */
export const PUBLISHER_ROLES: readonly TRole[] = ["OWNER", "ADMIN"];

/**
 * Statuses in which the claim's quoted text is locked (the article-integrity text lock), so what
 * reviewers approve cannot change under them. CHANGES_REQUESTED unlocks it: the author may need to
 * fix the quote. Published claims live on in their immutable Publication, so the working copy is
 * not locked; a change to it after reopening voids nothing that was published.
 */
export const QUOTE_LOCKED_STATUSES: readonly TClaimStatus[] = ["IN_REVIEW", "APPROVED"];

export function isQuoteLocked(status: TClaimStatus): boolean {
  return QUOTE_LOCKED_STATUSES.includes(status);
}

/**
 * What an edit to the signed-off content (verdict, evidence set, claim wording, quoted text) means
 * in each status. "free": nothing was signed yet. "voids_approvals": allowed, but the server must
 * apply the `void_approvals` action in the same transaction. "locked": published content changes
 * only through `reopen`, so the public record and its corrections stay honest.
 */
export type TContentEditRule = "free" | "voids_approvals" | "locked";

export function contentEditRule(status: TClaimStatus): TContentEditRule {
  switch (status) {
    case "DRAFT":
    case "RESEARCHING":
    case "CHANGES_REQUESTED":
      return "free";
    case "IN_REVIEW":
    case "APPROVED":
      return "voids_approvals";
    case "PUBLISHED":
    case "CORRECTED":
      return "locked";
  }
}

/** What the server must do besides setting `next`, in the same transaction as the status change. */
export type TWorkflowEffect =
  /** Store a Review(APPROVE) bound to the current sign-off hash. */
  | { type: "record_approval" }
  /** Store a Review(REQUEST_CHANGES) with the comment the author must see. */
  | { type: "record_change_request"; comment: string }
  /** Store the owner's override with its reason; the audit event must flag it as an override. */
  | { type: "record_override"; reason: string }
  /** Mark every approval of this claim void (kept, shown as voided, never deleted), with why. */
  | { type: "void_approvals"; reason: string }
  | { type: "lock_quote" }
  | { type: "unlock_quote" }
  /** Write a new immutable Publication (the publishing issue implements it). */
  | { type: "create_publication" }
  /** Write a new Publication with a public correction note. */
  | { type: "create_correction"; note: string };

export type TWorkflowFacts = {
  status: TClaimStatus;
  role: TRole;
  /** The acting member wrote the verdict under review (its current version). */
  isVerdictAuthor: boolean;
  /** The acting member already has a valid (not voided) approval of the current content. */
  alreadyApprovedByActor: boolean;
  /** The claim has a verdict (rating, summary) to submit; reviewing nothing is meaningless. */
  hasVerdict: boolean;
  /** A Publication of this claim exists: approving again leads to a correction, not a first publication. */
  hasPublication: boolean;
  /** The workspace's quorum, 1 to 5. */
  requiredApprovals: number;
  /** Roles that may publish, correct and reopen here (the workspace's choice); default PUBLISHER_ROLES. */
  publisherRoles?: readonly TRole[];
};

export type TWorkflowInput = TWorkflowFacts & {
  action: TWorkflowAction;
  /**
   * For `approve`: the count of valid approvals from distinct non-authors once this one is
   * recorded (so at least 1). Ignored by other actions.
   */
  approvalsAfter?: number;
  /** The sentence the action needs (see ACTION_REASON_PROMPTS); ignored by the others. */
  reason?: string;
};

export type TWorkflowDecision =
  | { ok: true; next: TClaimStatus; effects: TWorkflowEffect[] }
  | { ok: false; reason: string };

/**
 * Who may take an action, as a predicate plus the sentence shown to people who may not. Roles
 * come first in `decide` so a viewer is told about their role, not about the claim's status.
 */
type TWho = { allows: (role: TRole, facts: TWorkflowFacts) => boolean; refusal: string };

const EDITORS: TWho = {
  allows: (role) => can(role, "content.edit"),
  refusal: "Your role lets you read this claim but not move it through review.",
};
const REVIEWERS: TWho = {
  allows: (role) => can(role, "verdict.review"),
  refusal: "Only reviewers, admins and owners can review verdicts.",
};
const OWNERS: TWho = {
  allows: (role) => role === "OWNER",
  refusal: "Only an owner can approve a verdict by override.",
};
const PUBLISHERS: TWho = {
  allows: (role, facts) => role === "OWNER" || role === "ADMIN" || (facts.publisherRoles ?? PUBLISHER_ROLES).includes(role),
  refusal: "Your role cannot publish, correct or reopen verdicts in this workspace: owners, admins and the roles its settings allow can.",
};

type TRule = {
  who: TWho;
  from: readonly TClaimStatus[];
  /** Sentence for a status outside `from`. */
  wrongStatus: string;
};

/**
 * The whole transition table. A `Record` over every action, so a new action does not compile
 * until it says who may take it and from where; action-specific checks and targets are in
 * `decide` below.
 */
const RULES: Record<TWorkflowAction, TRule> = {
  start_research: { who: EDITORS, from: ["DRAFT"], wrongStatus: "Research can only start on a draft claim." },
  return_to_draft: { who: EDITORS, from: ["RESEARCHING"], wrongStatus: "Only a claim being researched can go back to draft." },
  submit_for_review: {
    who: EDITORS,
    from: ["RESEARCHING", "CHANGES_REQUESTED"],
    wrongStatus: "Only a claim being researched or revised can be submitted for review.",
  },
  withdraw_submission: {
    who: EDITORS,
    from: ["IN_REVIEW", "APPROVED"],
    wrongStatus: "Only a claim in review or approved and not yet published can be withdrawn.",
  },
  approve: { who: REVIEWERS, from: ["IN_REVIEW"], wrongStatus: "Only a claim in review can be approved." },
  request_changes: {
    who: REVIEWERS,
    from: ["IN_REVIEW", "APPROVED"],
    wrongStatus: "Changes can only be requested on a claim in review or approved and not yet published.",
  },
  revise: { who: EDITORS, from: ["CHANGES_REQUESTED"], wrongStatus: "Only a claim with changes requested can go back to research." },
  void_approvals: {
    who: EDITORS,
    from: ["IN_REVIEW", "APPROVED"],
    wrongStatus: "Only a claim in review or approved has approvals to void.",
  },
  override_approve: { who: OWNERS, from: ["IN_REVIEW"], wrongStatus: "Only a claim in review can be approved by override." },
  publish: { who: PUBLISHERS, from: ["APPROVED"], wrongStatus: "Only an approved claim can be published." },
  correct: { who: PUBLISHERS, from: ["APPROVED"], wrongStatus: "A correction is published from an approved claim: reopen it, revise it and get it approved first." },
  reopen: { who: PUBLISHERS, from: ["PUBLISHED", "CORRECTED"], wrongStatus: "Only a published claim can be reopened for a correction." },
};

function refuse(reason: string): TWorkflowDecision {
  return { ok: false, reason };
}

/** Lock or unlock the quoted text when a transition crosses the locked/unlocked boundary. */
function lockEffects(from: TClaimStatus, to: TClaimStatus): TWorkflowEffect[] {
  if (!isQuoteLocked(from) && isQuoteLocked(to)) return [{ type: "lock_quote" }];
  if (isQuoteLocked(from) && !isQuoteLocked(to)) return [{ type: "unlock_quote" }];
  return [];
}

function ok(from: TClaimStatus, next: TClaimStatus, effects: TWorkflowEffect[]): TWorkflowDecision {
  return { ok: true, next, effects: [...effects, ...lockEffects(from, next)] };
}

/**
 * Caller mistakes, not people's: a quorum outside 1..5 or an approval count below 1 means the
 * server computed something wrong, and going on would approve on bad arithmetic. They throw.
 */
function assertFacts(input: TWorkflowInput): void {
  const q = input.requiredApprovals;
  if (!Number.isInteger(q) || q < MIN_REQUIRED_APPROVALS || q > MAX_REQUIRED_APPROVALS) {
    throw new RangeError(`requiredApprovals must be an integer from ${MIN_REQUIRED_APPROVALS} to ${MAX_REQUIRED_APPROVALS}, got ${q}`);
  }
  if (input.action === "approve") {
    const a = input.approvalsAfter;
    if (a === undefined || !Number.isInteger(a) || a < 1) {
      throw new RangeError(`approve needs approvalsAfter, an integer ≥ 1 counting this approval, got ${a}`);
    }
  }
}

/**
 * Checks everything but the reason: shared by `decide` and `allowedActions` (the UI shows a
 * button that needs a reason and asks for it in its dialog). Null when allowed.
 */
function refusalWithoutReason(facts: TWorkflowFacts, action: TWorkflowAction): string | null {
  const rule = RULES[action];
  if (!rule.who.allows(facts.role, facts)) return rule.who.refusal;
  if (!rule.from.includes(facts.status)) return rule.wrongStatus;
  switch (action) {
    case "submit_for_review":
      if (!facts.hasVerdict) return "Propose a verdict (a rating and a summary) before submitting it for review.";
      return null;
    case "withdraw_submission":
      // Anyone could otherwise pull a colleague's verdict out of review; admins and owners may,
      // so a verdict whose author has left does not stay stuck.
      if (!facts.isVerdictAuthor && !PUBLISHER_ROLES.includes(facts.role)) {
        return "Only the verdict's author, an admin or an owner can withdraw it from review.";
      }
      return null;
    case "approve":
      if (facts.isVerdictAuthor) return "You wrote this verdict, so your approval cannot count; another reviewer must approve it.";
      if (facts.alreadyApprovedByActor) return "You have already approved this version of the verdict; each person counts once.";
      return null;
    case "request_changes":
      if (facts.isVerdictAuthor) return "You wrote this verdict: revise it yourself or withdraw it from review.";
      return null;
    case "publish":
      if (facts.hasPublication) return "This claim was published before: publish the change as a correction with a public note.";
      return null;
    case "correct":
      if (!facts.hasPublication) return "This claim was never published, so there is nothing to correct: publish it instead.";
      return null;
    case "override_approve":
      // An override replaces other people's reviews, never the separation between author and
      // reviewer: an owner who wrote the verdict cannot approve it alone.
      if (facts.isVerdictAuthor) return "You wrote this verdict, so you cannot approve it, not even by override.";
      return null;
    default:
      return null;
  }
}

const REASON_MISSING: Partial<Record<TWorkflowAction, string>> = {
  request_changes: "Say what should change: the author sees your comment.",
  void_approvals: "Say what changed: voided approvals must show why.",
  override_approve: "An override needs a written reason.",
  correct: "A correction needs a public note saying what was wrong and what changed.",
  reopen: "Say why the published verdict needs a correction.",
};

/**
 * Whether `action` is allowed for these facts, and if so the next status and what to record.
 * Refusals are sentences for people; the server maps them to a 403/409 at its edge.
 */
export function decide(input: TWorkflowInput): TWorkflowDecision {
  assertFacts(input);
  const { action, status } = input;
  const refusal = refusalWithoutReason(input, action);
  if (refusal !== null) return refuse(refusal);

  const reason = (input.reason ?? "").trim();
  if (actionNeedsReason(action) && reason === "") {
    return refuse(REASON_MISSING[action] ?? "This action needs a reason.");
  }

  switch (action) {
    case "start_research":
    case "revise":
    case "reopen":
      return ok(status, "RESEARCHING", []);
    case "return_to_draft":
      return ok(status, "DRAFT", []);
    case "submit_for_review":
      return ok(status, "IN_REVIEW", []);
    case "withdraw_submission":
      return ok(status, "RESEARCHING", [{ type: "void_approvals", reason: "The verdict was withdrawn from review." }]);
    case "approve": {
      const reached = (input.approvalsAfter ?? 0) >= input.requiredApprovals;
      return ok(status, reached ? "APPROVED" : "IN_REVIEW", [{ type: "record_approval" }]);
    }
    case "request_changes":
      // The approvals given so far were for a verdict that is going back to its author; keeping
      // them would let a revised verdict inherit sign-offs it never had.
      return ok(status, "CHANGES_REQUESTED", [
        { type: "record_change_request", comment: reason },
        { type: "void_approvals", reason: "Changes were requested." },
      ]);
    case "void_approvals":
      return ok(status, "IN_REVIEW", [{ type: "void_approvals", reason }]);
    case "override_approve":
      return ok(status, "APPROVED", [{ type: "record_override", reason }]);
    case "publish":
      return ok(status, "PUBLISHED", [{ type: "create_publication" }]);
    case "correct":
      return ok(status, "CORRECTED", [{ type: "create_correction", note: reason }]);
  }
}


/**
 * The actions the acting member can take now, in WORKFLOW_ACTIONS order, for the UI's buttons.
 * Actions that need a reason are included (the UI asks for it: see `actionNeedsReason`);
 * `void_approvals` is left out because it is a consequence of an edit, not a button.
 */
export function allowedActions(facts: TWorkflowFacts): TWorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => a !== "void_approvals" && refusalWithoutReason(facts, a) === null);
}

/** "1 of 2 approvals", "Approved (2 of 2)": what the review view shows about the quorum. */
export function describeQuorum(validApprovals: number, requiredApprovals: number): string {
  if (validApprovals >= requiredApprovals) return `Approved (${validApprovals} of ${requiredApprovals})`;
  const missing = requiredApprovals - validApprovals;
  return `${validApprovals} of ${requiredApprovals} approvals · ${missing} more needed`;
}
