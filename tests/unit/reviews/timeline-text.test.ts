import { describe, expect, it } from "vitest";
import { describeTimelineEvent } from "@/lib/domain/reviews/timeline-text";

const HASH = "a".repeat(64);
const say = (action: string, data: unknown, actorName: string | null = "Ana") => describeTimelineEvent({ action, data, actorName });

describe("describeTimelineEvent: one sentence per audit event on a claim", () => {
  it("claim events", () => {
    expect(say("claim.created", { quote: "unemployment is at a record low" }).text).toBe("Ana marked the claim “unemployment is at a record low”");
    expect(say("claim.updated", { fields: ["claimant", "dueDate"] }).text).toBe("Ana edited the claim’s claimant and due date.");
    expect(say("claim.updated", { fields: ["status"], status: { from: "DRAFT", to: "RESEARCHING" } }).text).toBe("Ana moved the claim from Draft to Researching.");
    expect(say("claim.updated", {}).text).toBe("Ana edited the claim.");
    expect(say("claim.reanchored", { to: { quote: "record low" } }).text).toBe("Ana re-attached the claim to “record low”");
    expect(say("claim.withdrawn", { reason: "Duplicate of another claim." }).text).toBe("Ana withdrew the claim. Reason: “Duplicate of another claim.”");
    expect(say("claim.reviewers_changed", { added: ["u1", "u2"], removed: [] }).text).toBe("Ana asked 2 more reviewers.");
    expect(say("claim.reviewers_changed", {}).text).toBe("Ana changed the requested reviewers.");
  });

  it("status changes name the workflow action, both statuses and the reason", () => {
    expect(say("claim.status_changed", { from: "RESEARCHING", to: "IN_REVIEW", workflowAction: "submit_for_review" }).text).toBe(
      "Ana submitted the verdict for review: Researching → In review.",
    );
    expect(say("claim.status_changed", { from: "IN_REVIEW", to: "CHANGES_REQUESTED", workflowAction: "request_changes", reason: "Cite the bulletin." }).text).toBe(
      "Ana sent the claim back for changes: In review → Changes requested. Comment: “Cite the bulletin.”",
    );
    expect(say("claim.status_changed", { from: "APPROVED", to: "RESEARCHING", workflowAction: "text_correction", reason: "Typo" }).text).toBe(
      "Ana unlocked the quoted text for a correction: Approved → Researching. Reason: “Typo”",
    );
    expect(say("claim.status_changed", { from: "X", to: "IN_REVIEW", workflowAction: "??" }).text).toBe("Ana changed the status: X → In review.");
  });

  it("verdicts and reviews: versions, quorum, the signed hash, emphasis", () => {
    expect(say("verdict.created", { version: 2, rating: "Mostly false", signOffHash: HASH })).toEqual({ text: "Ana wrote verdict version 2: Mostly false." });
    expect(say("review.approved", { verdictVersion: 2, signOffHash: HASH, quorum: "1 of 2 approvals · 1 more needed" })).toEqual({
      text: "Ana approved version 2 (1 of 2 approvals · 1 more needed).",
      signOffHash: HASH,
    });
    expect(say("review.approved", { verdictVersion: 2, signOffHash: HASH, quorum: "Approved (2 of 2)" }).text).toBe("Ana approved version 2 (quorum reached, 2 of 2).");
    expect(say("review.changes_requested", { verdictVersion: 1, comment: "Name the source." })).toEqual({
      text: "Ana requested changes to version 1. Comment: “Name the source.”",
      emphasis: "change_request",
    });
    expect(say("review.override_approved", { verdictVersion: 3, reason: "Deadline; the desk chief read it.", signOffHash: HASH })).toEqual({
      text: "Ana approved version 3 by owner override, without the quorum. Reason: “Deadline; the desk chief read it.”",
      signOffHash: HASH,
      emphasis: "override",
    });
  });

  it("voided approvals: by someone or found by the system, singular and plural", () => {
    expect(say("review.approvals_voided", { reason: "The evidence changed.", parts: ["evidence"], count: 2 })).toEqual({
      text: "Ana voided 2 approvals. The evidence changed.",
      emphasis: "void",
    });
    expect(say("review.approvals_voided", { reason: "The summary changed.", count: 1 }, null).text).toBe("1 approval was voided. The summary changed.");
    expect(say("review.approvals_voided", {}, null).text).toBe("Approvals were voided.");
  });

  it("evidence events", () => {
    expect(say("evidence.added", { sourceTitle: "Labour bulletin", stance: "REFUTES" }).text).toBe("Ana cited “Labour bulletin” (refutes).");
    expect(say("evidence.updated", { sourceTitle: "Labour bulletin", fields: ["stance"], stance: { from: "SUPPORTS", to: "CONTEXT" } }).text).toBe(
      "Ana changed the evidence from “Labour bulletin” from supports to context.",
    );
    expect(say("evidence.updated", { sourceTitle: "Labour bulletin", fields: ["excerpt", "note"] }).text).toBe("Ana edited the excerpt and note of the evidence from “Labour bulletin”.");
    expect(say("evidence.removed", { sourceTitle: "Labour bulletin" }).text).toBe("Ana removed the evidence from “Labour bulletin”.");
    expect(say("evidence.reordered", { order: [] }).text).toBe("Ana reordered the evidence.");
  });

  it("publishing: versions, the approval it rests on, public notes; retractions stand out", () => {
    expect(say("verdict.published", { verdictVersion: 1, publicationVersion: 1, slug: "harbour-inspections", signOffHash: HASH })).toEqual({
      text: "Ana published version 1 as public version 1 at the address “harbour-inspections”.",
      signOffHash: HASH,
    });
    expect(say("verdict.corrected", { verdictVersion: 3, publicationVersion: 2, note: "The office revised its figure.", signOffHash: HASH })).toEqual({
      text: "Ana published a correction: version 3 is public version 2. Public note: “The office revised its figure.”",
      signOffHash: HASH,
    });
    expect(say("verdict.retracted", { publicationVersion: 3, note: "Published by mistake." })).toEqual({
      text: "Ana retracted the public page (public version 3). Public note: “Published by mistake.”",
      emphasis: "void",
    });
    expect(say("claim.public_slug_changed", { from: null, to: "harbour" }).text).toBe("Ana set the public address to “harbour”.");
    expect(say("claim.public_slug_changed", { from: "harbour", to: "harbour-2026" }).text).toBe("Ana changed the public address from “harbour” to “harbour-2026” (the old one redirects).");
  });

  it("comments: threads and replies, mentions counted; a deleted comment's words are not repeated", () => {
    expect(say("comment.added", { commentId: "c1", threadId: "c1", mentioned: ["u1", "u2"] }).text).toBe("Ana started a discussion thread, mentioning 2 people.");
    expect(say("comment.added", { commentId: "c2", threadId: "c1", mentioned: [] }).text).toBe("Ana replied in a discussion thread.");
    expect(say("comment.edited", { before: "a", after: "b" }).text).toBe("Ana edited a comment.");
    expect(say("comment.deleted", { body: "something private" }).text).toBe("Ana deleted a comment.");
  });

  it("unknown actions, missing actors and hostile data still give a sentence", () => {
    expect(say("claim.teleported", { x: 1 }).text).toBe("Ana made a change recorded as “claim.teleported”.");
    expect(say("evidence.reordered", null, null).text).toBe("Someone reordered the evidence.");
    expect(say("review.approved", { verdictVersion: "2", signOffHash: "not-a-hash" })).toEqual({ text: "Ana approved the verdict." });
    expect(say("claim.created", ["array"]).text).toBe("Ana marked the claim “”");
    const long = say("review.changes_requested", { verdictVersion: 1, comment: "x".repeat(2000) }).text;
    expect(long.length).toBeLessThan(600);
    expect(long).toContain("…");
    expect(say("claim.created", { quote: "a\n\n  b" }).text).toBe("Ana marked the claim “a b”");
  });
});
