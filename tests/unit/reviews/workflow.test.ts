import { describe, expect, test } from "vitest";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-status";
import { ROLES, type TRole } from "@/lib/domain/roles";
import {
  WORKFLOW_ACTIONS,
  actionNeedsReason,
  allowedActions,
  contentEditRule,
  decide,
  describeQuorum,
  isQuoteLocked,
  type TWorkflowAction,
  type TWorkflowDecision,
  type TWorkflowFacts,
  type TWorkflowInput,
} from "@/lib/domain/reviews/workflow";

/**
 * The rules written out again, independently of workflow.ts's table, in the words of issue 12:
 * the exhaustive test below holds the machine to this for every status × role × action and every
 * combination of the facts that matter.
 */
type TExpected = { ok: false } | { ok: true; next: TClaimStatus; effects: string[] };

function expected(c: TWorkflowInput): TExpected {
  const no: TExpected = { ok: false };
  const canEdit = c.role === "OWNER" || c.role === "ADMIN" || c.role === "EDITOR" || c.role === "REVIEWER";
  const canReview = c.role === "OWNER" || c.role === "ADMIN" || c.role === "REVIEWER";
  const canPublish = c.role === "OWNER" || c.role === "ADMIN";
  const hasReason = (c.reason ?? "").trim() !== "";
  const locked = (s: TClaimStatus) => s === "IN_REVIEW" || s === "APPROVED";
  const go = (next: TClaimStatus, effects: string[]): TExpected => {
    const lock = !locked(c.status) && locked(next) ? ["lock_quote"] : locked(c.status) && !locked(next) ? ["unlock_quote"] : [];
    return { ok: true, next, effects: [...effects, ...lock] };
  };
  const s = c.status;
  switch (c.action) {
    case "start_research":
      return canEdit && s === "DRAFT" ? go("RESEARCHING", []) : no;
    case "return_to_draft":
      return canEdit && s === "RESEARCHING" ? go("DRAFT", []) : no;
    case "submit_for_review":
      return canEdit && (s === "RESEARCHING" || s === "CHANGES_REQUESTED") && c.hasVerdict ? go("IN_REVIEW", []) : no;
    case "withdraw_submission":
      return canEdit && (s === "IN_REVIEW" || s === "APPROVED") && (c.isVerdictAuthor || canPublish) ? go("RESEARCHING", ["void_approvals"]) : no;
    case "approve":
      if (!canReview || s !== "IN_REVIEW" || c.isVerdictAuthor || c.alreadyApprovedByActor) return no;
      return go((c.approvalsAfter ?? 0) >= c.requiredApprovals ? "APPROVED" : "IN_REVIEW", ["record_approval"]);
    case "request_changes":
      return canReview && (s === "IN_REVIEW" || s === "APPROVED") && !c.isVerdictAuthor && hasReason
        ? go("CHANGES_REQUESTED", ["record_change_request", "void_approvals"])
        : no;
    case "revise":
      return canEdit && s === "CHANGES_REQUESTED" ? go("RESEARCHING", []) : no;
    case "void_approvals":
      return canEdit && (s === "IN_REVIEW" || s === "APPROVED") && hasReason ? go("IN_REVIEW", ["void_approvals"]) : no;
    case "override_approve":
      return c.role === "OWNER" && s === "IN_REVIEW" && !c.isVerdictAuthor && hasReason ? go("APPROVED", ["record_override"]) : no;
    case "publish":
      return canPublish && s === "APPROVED" && !c.hasPublication ? go("PUBLISHED", ["create_publication"]) : no;
    case "correct":
      return canPublish && s === "APPROVED" && c.hasPublication && hasReason ? go("CORRECTED", ["create_correction"]) : no;
    case "reopen":
      return canPublish && (s === "PUBLISHED" || s === "CORRECTED") && hasReason ? go("RESEARCHING", []) : no;
  }
}

const BOOLS = [false, true] as const;
const REASONS = [undefined, "", "   \n ", "The second source contradicts the first."] as const;
/** [requiredApprovals, approvalsAfter]: below, at and above the quorum, at both ends of 1..5. */
const COUNTS = [
  [1, 1],
  [2, 1],
  [2, 2],
  [3, 4],
  [5, 4],
  [5, 5],
] as const;

function* variants(status: TClaimStatus, role: TRole, action: TWorkflowAction): Generator<TWorkflowInput> {
  for (const isVerdictAuthor of BOOLS)
    for (const alreadyApprovedByActor of BOOLS)
      for (const hasVerdict of BOOLS)
        for (const hasPublication of BOOLS)
          for (const reason of REASONS)
            for (const [requiredApprovals, approvalsAfter] of COUNTS)
              yield { status, role, action, isVerdictAuthor, alreadyApprovedByActor, hasVerdict, hasPublication, reason, requiredApprovals, approvalsAfter };
}

function summary(d: TWorkflowDecision): TExpected {
  return d.ok ? { ok: true, next: d.next, effects: d.effects.map((e) => e.type) } : { ok: false };
}

const CASES = CLAIM_STATUSES.flatMap((status) => ROLES.flatMap((role) => WORKFLOW_ACTIONS.map((action) => [status, role, action] as const)));

describe("decide: every status × role × action", () => {
  test("the table covers 7 statuses × 5 roles × 12 actions", () => {
    expect(CASES).toHaveLength(7 * 5 * 12);
  });

  test.each(CASES)("%s × %s × %s", (status, role, action) => {
    let allowed = 0;
    for (const input of variants(status, role, action)) {
      const d = decide(input);
      expect(summary(d), JSON.stringify(input)).toEqual(expected(input));
      if (d.ok) allowed++;
      // A refusal is a sentence for people, never an empty string or a code.
      else expect(d.reason, JSON.stringify(input)).toMatch(/^[A-Z].*[.!]$/);
    }
    // The flags are not the whole story: a viewer, for one, is refused in every variant.
    if (role === "VIEWER") expect(allowed).toBe(0);
  });

  test("effects carry the reason the person wrote, trimmed", () => {
    const base = { isVerdictAuthor: false, alreadyApprovedByActor: false, hasVerdict: true, hasPublication: false, requiredApprovals: 2 };
    expect(decide({ ...base, status: "IN_REVIEW", role: "REVIEWER", action: "request_changes", reason: "  Cite the 2019 report.  " })).toEqual({
      ok: true,
      next: "CHANGES_REQUESTED",
      effects: [
        { type: "record_change_request", comment: "Cite the 2019 report." },
        { type: "void_approvals", reason: "Changes were requested." },
        { type: "unlock_quote" },
      ],
    });
    expect(decide({ ...base, status: "IN_REVIEW", role: "OWNER", action: "override_approve", reason: "Only one reviewer this week." })).toEqual({
      ok: true,
      next: "APPROVED",
      effects: [{ type: "record_override", reason: "Only one reviewer this week." }],
    });
    expect(decide({ ...base, status: "APPROVED", role: "EDITOR", action: "void_approvals", reason: "The rating changed." })).toEqual({
      ok: true,
      next: "IN_REVIEW",
      effects: [{ type: "void_approvals", reason: "The rating changed." }],
    });
    expect(decide({ ...base, hasPublication: true, status: "APPROVED", role: "ADMIN", action: "correct", reason: "The figure was 18%, not 25%." })).toEqual({
      ok: true,
      next: "CORRECTED",
      effects: [{ type: "create_correction", note: "The figure was 18%, not 25%." }, { type: "unlock_quote" }],
    });
  });
});

const REVIEW: TWorkflowFacts = {
  status: "IN_REVIEW",
  role: "REVIEWER",
  isVerdictAuthor: false,
  alreadyApprovedByActor: false,
  hasVerdict: true,
  hasPublication: false,
  requiredApprovals: 2,
};

describe("decide: sign-off rules", () => {
  test("the author never approves their own verdict, whatever their role", () => {
    for (const role of ["REVIEWER", "ADMIN", "OWNER"] as const) {
      const d = decide({ ...REVIEW, role, isVerdictAuthor: true, action: "approve", approvalsAfter: 1 });
      expect(d).toEqual({ ok: false, reason: "You wrote this verdict, so your approval cannot count; another reviewer must approve it." });
    }
  });

  test("one person counts once: a second approval by the same reviewer is refused", () => {
    expect(decide({ ...REVIEW, action: "approve", approvalsAfter: 1 })).toMatchObject({ ok: true, next: "IN_REVIEW" });
    expect(decide({ ...REVIEW, alreadyApprovedByActor: true, action: "approve", approvalsAfter: 2 })).toEqual({
      ok: false,
      reason: "You have already approved this version of the verdict; each person counts once.",
    });
  });

  test("quorum 1: the first approval approves", () => {
    expect(decide({ ...REVIEW, requiredApprovals: 1, action: "approve", approvalsAfter: 1 })).toEqual({
      ok: true,
      next: "APPROVED",
      effects: [{ type: "record_approval" }],
    });
  });

  test("quorum 5: four approvals stay in review, the fifth approves", () => {
    for (let n = 1; n <= 4; n++) {
      expect(decide({ ...REVIEW, requiredApprovals: 5, action: "approve", approvalsAfter: n })).toMatchObject({ ok: true, next: "IN_REVIEW" });
    }
    expect(decide({ ...REVIEW, requiredApprovals: 5, action: "approve", approvalsAfter: 5 })).toMatchObject({ ok: true, next: "APPROVED" });
  });

  test("an approved claim takes no further approvals", () => {
    expect(decide({ ...REVIEW, status: "APPROVED", action: "approve", approvalsAfter: 3 })).toEqual({
      ok: false,
      reason: "Only a claim in review can be approved.",
    });
  });

  test("an override needs a written reason, and only an owner who did not write the verdict", () => {
    const owner = { ...REVIEW, role: "OWNER" as const, action: "override_approve" as const };
    expect(decide(owner)).toEqual({ ok: false, reason: "An override needs a written reason." });
    expect(decide({ ...owner, reason: " \t\n" })).toEqual({ ok: false, reason: "An override needs a written reason." });
    expect(decide({ ...owner, reason: "Urgent." })).toMatchObject({ ok: true, next: "APPROVED" });
    expect(decide({ ...owner, role: "ADMIN", reason: "Urgent." })).toEqual({ ok: false, reason: "Only an owner can approve a verdict by override." });
    expect(decide({ ...owner, isVerdictAuthor: true, reason: "Urgent." })).toMatchObject({ ok: false });
  });

  test("request changes needs a comment and is not for the author", () => {
    expect(decide({ ...REVIEW, action: "request_changes" })).toEqual({ ok: false, reason: "Say what should change: the author sees your comment." });
    expect(decide({ ...REVIEW, isVerdictAuthor: true, action: "request_changes", reason: "x" })).toMatchObject({ ok: false });
  });

  test("an editor cannot approve; a viewer is told about their role before the claim's status", () => {
    expect(decide({ ...REVIEW, role: "EDITOR", action: "approve", approvalsAfter: 1 })).toEqual({
      ok: false,
      reason: "Only reviewers, admins and owners can review verdicts.",
    });
    expect(decide({ ...REVIEW, status: "DRAFT", role: "VIEWER", action: "start_research" })).toEqual({
      ok: false,
      reason: "Your role lets you read this claim but not move it through review.",
    });
  });

  test("nothing is submitted for review without a verdict", () => {
    const d = decide({ ...REVIEW, status: "RESEARCHING", role: "EDITOR", hasVerdict: false, action: "submit_for_review" });
    expect(d).toEqual({ ok: false, reason: "Propose a verdict (a rating and a summary) before submitting it for review." });
  });

  test("PUBLISHED and CORRECTED are reached only through publish and correct", () => {
    const into = new Set<string>();
    for (const [status, role, action] of CASES) {
      for (const input of variants(status, role, action)) {
        const d = decide(input);
        if (d.ok && (d.next === "PUBLISHED" || d.next === "CORRECTED")) into.add(`${action}→${d.next}`);
      }
    }
    expect([...into].sort()).toEqual(["correct→CORRECTED", "publish→PUBLISHED"]);
  });

  test("a first publication and a correction are told apart by whether the claim was published", () => {
    const approved = { ...REVIEW, status: "APPROVED" as const, role: "ADMIN" as const };
    expect(decide({ ...approved, hasPublication: true, action: "publish" })).toMatchObject({ ok: false });
    expect(decide({ ...approved, hasPublication: false, action: "correct", reason: "x" })).toMatchObject({ ok: false });
    expect(decide({ ...approved, status: "PUBLISHED", hasPublication: true, action: "correct", reason: "x" })).toMatchObject({ ok: false });
  });

  test("bad arithmetic from the caller throws instead of approving", () => {
    for (const requiredApprovals of [0, 6, 2.5, Number.NaN]) {
      expect(() => decide({ ...REVIEW, requiredApprovals, action: "start_research" })).toThrow(RangeError);
    }
    expect(() => decide({ ...REVIEW, action: "approve" })).toThrow(RangeError);
    expect(() => decide({ ...REVIEW, action: "approve", approvalsAfter: 0 })).toThrow(RangeError);
    // approvalsAfter means nothing to the other actions.
    expect(decide({ ...REVIEW, action: "void_approvals", reason: "The summary changed." })).toMatchObject({ ok: true });
  });
});

describe("a claim's way through review, as the e2e test will walk it", () => {
  test("propose, changes requested, revise, two approvals, an edit voids them, approved again, published", () => {
    let status: TClaimStatus = "DRAFT";
    const step = (role: TRole, action: TWorkflowAction, extra: Partial<TWorkflowInput> = {}) => {
      const d = decide({ ...REVIEW, status, role, action, ...extra });
      if (!d.ok) throw new Error(`${action} refused: ${d.reason}`);
      status = d.next;
      return d;
    };
    step("EDITOR", "start_research");
    step("EDITOR", "submit_for_review", { isVerdictAuthor: true });
    step("REVIEWER", "request_changes", { reason: "The second source is a blog." });
    expect(status).toBe("CHANGES_REQUESTED");
    step("EDITOR", "submit_for_review", { isVerdictAuthor: true });
    step("REVIEWER", "approve", { approvalsAfter: 1 });
    expect(status).toBe("IN_REVIEW");
    step("ADMIN", "approve", { approvalsAfter: 2 });
    expect(status).toBe("APPROVED");
    expect(step("EDITOR", "void_approvals", { reason: "The summary changed." }).effects).toEqual([{ type: "void_approvals", reason: "The summary changed." }]);
    expect(status).toBe("IN_REVIEW");
    step("REVIEWER", "approve", { approvalsAfter: 1 });
    step("ADMIN", "approve", { approvalsAfter: 2 });
    expect(step("OWNER", "publish").effects).toEqual([{ type: "create_publication" }, { type: "unlock_quote" }]);
    step("OWNER", "reopen", { hasPublication: true, reason: "A reader sent the final figures." });
    step("EDITOR", "submit_for_review", { isVerdictAuthor: true, hasPublication: true });
    step("OWNER", "override_approve", { hasPublication: true, reason: "The desk is short of reviewers." });
    step("OWNER", "correct", { hasPublication: true, reason: "Updated with the final figures." });
    expect(status).toBe("CORRECTED");
  });
});

describe("allowedActions", () => {
  test("is exactly the actions decide allows (given a reason), except void_approvals", () => {
    for (const status of CLAIM_STATUSES)
      for (const role of ROLES)
        for (const isVerdictAuthor of BOOLS)
          for (const alreadyApprovedByActor of BOOLS)
            for (const hasVerdict of BOOLS)
              for (const hasPublication of BOOLS) {
                const facts = { status, role, isVerdictAuthor, alreadyApprovedByActor, hasVerdict, hasPublication, requiredApprovals: 2 };
                const viaDecide = WORKFLOW_ACTIONS.filter(
                  (action) => action !== "void_approvals" && decide({ ...facts, action, approvalsAfter: 1, reason: "Because." }).ok,
                );
                expect(allowedActions(facts), JSON.stringify(facts)).toEqual(viaDecide);
              }
  });

  test("what each member sees on a claim in review", () => {
    expect(allowedActions(REVIEW)).toEqual(["approve", "request_changes"]);
    expect(allowedActions({ ...REVIEW, role: "EDITOR", isVerdictAuthor: true })).toEqual(["withdraw_submission"]);
    expect(allowedActions({ ...REVIEW, role: "OWNER" })).toEqual(["withdraw_submission", "approve", "request_changes", "override_approve"]);
    expect(allowedActions({ ...REVIEW, role: "VIEWER" })).toEqual([]);
  });

  test("the actions that need a reason", () => {
    expect(WORKFLOW_ACTIONS.filter(actionNeedsReason)).toEqual(["request_changes", "void_approvals", "override_approve", "correct", "reopen"]);
  });
});

describe("quote lock and content edits", () => {
  test("the quoted text is locked in review and once approved, and nowhere else", () => {
    expect(CLAIM_STATUSES.filter(isQuoteLocked)).toEqual(["IN_REVIEW", "APPROVED"]);
  });

  test("editing signed-off content is free before review, voids approvals during it, and needs reopen after publication", () => {
    expect(Object.fromEntries(CLAIM_STATUSES.map((s) => [s, contentEditRule(s)]))).toEqual({
      DRAFT: "free",
      RESEARCHING: "free",
      IN_REVIEW: "voids_approvals",
      CHANGES_REQUESTED: "free",
      APPROVED: "voids_approvals",
      PUBLISHED: "locked",
      CORRECTED: "locked",
    });
    // Wherever an edit voids approvals, the machine accepts void_approvals from any member who may edit.
    for (const status of CLAIM_STATUSES.filter((s) => contentEditRule(s) === "voids_approvals")) {
      expect(decide({ ...REVIEW, status, role: "EDITOR", action: "void_approvals", reason: "The rating changed." })).toMatchObject({ ok: true });
    }
  });

  test("describeQuorum", () => {
    expect(describeQuorum(0, 2)).toBe("0 of 2 approvals · 2 more needed");
    expect(describeQuorum(1, 2)).toBe("1 of 2 approvals · 1 more needed");
    expect(describeQuorum(2, 2)).toBe("Approved (2 of 2)");
  });
});
