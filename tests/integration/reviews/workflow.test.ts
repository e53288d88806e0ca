import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canonicalSignOff, type TSignOffInput } from "@/lib/domain/reviews/sign-off-hash";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { sha256Hex } from "@/lib/server/reviews/compute-sign-off";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { submitReview } from "@/lib/server/reviews/submit-review";
import { actorOf, approveAs, claimStatus, codeOf, rationale, requestChangesAs, reviewWorld, stateAs } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

describe("sign-off quorum", () => {
  it("reaches APPROVED with two approvals from people other than the author, each bound to the hash of what they signed", async () => {
    const x = await reviewWorld();
    expect(x.state.status).toBe("IN_REVIEW");
    expect(x.state.quorumText).toBe("0 of 2 approvals · 2 more needed");

    const one = await approveAs(x, x.w.reviewer);
    expect(one.status).toBe("IN_REVIEW");
    expect(one.validApprovals).toBe(1);
    const two = await approveAs(x, x.w.admin);
    expect(two.status).toBe("APPROVED");
    expect(two.validApprovals).toBe(2);
    expect(two.quorumText).toBe("Approved (2 of 2)");

    // Provable: each approval stores what it signed, and the hash is the SHA-256 of its canonical form.
    const reviews = await db.review.findMany({ where: { claimId: x.claim.id } });
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(r.kind).toBe("APPROVE");
      expect(r.signOffHash).toBe(sha256Hex(canonicalSignOff(r.signOffInput as unknown as TSignOffInput)));
      expect(r.signOffHash).toBe(two.signOffHash);
      expect((r.signOffInput as unknown as TSignOffInput).rating).toEqual({ label: "Mostly false", value: 2 });
      expect((r.signOffInput as unknown as TSignOffInput).evidence).toHaveLength(2);
    }
    const events = await db.auditEvent.findMany({ where: { workspaceId: x.w.ws.id, action: "review.approved" }, orderBy: { id: "asc" } });
    expect(events.map((e) => (e.data as { signOffHash: string }).signOffHash)).toEqual([two.signOffHash, two.signOffHash]);
    expect(events.map((e) => e.actorId)).toEqual([x.w.reviewer.id, x.w.admin.id]);
  });

  it("honours the workspace quorum (1 and 3)", async () => {
    const single = await reviewWorld({ requiredApprovals: 1 });
    expect((await approveAs(single, single.w.reviewer)).status).toBe("APPROVED");

    const three = await reviewWorld({ requiredApprovals: 3 });
    await approveAs(three, three.w.reviewer);
    expect((await approveAs(three, three.w.admin)).status).toBe("IN_REVIEW");
    expect((await approveAs(three, three.w.owner)).status).toBe("APPROVED");
  });

  it("never counts the author, and counts one person once", async () => {
    const x = await reviewWorld();
    // The admin writes version 2, so the admin is now the author.
    const s = await stateAs(x, x.w.admin);
    const v2 = await createVerdict({
      actor: actorOf(x.w.admin),
      workspaceSlug: x.w.slug,
      claimId: x.claim.id,
      claimVersion: s.claimVersion,
      rating: "False",
      summary: "The rate rose.",
      rationale: rationale("See the bulletin."),
      evidenceIds: [x.e1.id],
    });
    await expect(approveAs(x, x.w.admin, v2)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("You wrote this verdict") });

    await approveAs(x, x.w.reviewer);
    await expect(approveAs(x, x.w.reviewer)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("each person counts once") });
    expect(await db.review.count({ where: { claimId: x.claim.id, voidedAt: null } })).toBe(1);
    expect(await claimStatus(x.claim.id)).toBe("IN_REVIEW");
  });

  it("refuses roles that may not review (403) and strangers (404), writing nothing", async () => {
    const x = await reviewWorld();
    const before = await db.review.count();
    expect(await codeOf(approveAs(x, x.w.editor, x.state))).toBe("FORBIDDEN");
    expect(await codeOf(approveAs(x, x.w.viewer, x.state))).toBe("FORBIDDEN");
    expect(await codeOf(approveAs(x, x.w.outsider, x.state))).toBe("NOT_FOUND");
    expect(
      await codeOf(submitReview({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, decision: "override", claimVersion: x.state.claimVersion, signOffHash: x.state.signOffHash!, comment: "Deadline." })),
    ).toBe("FORBIDDEN");
    expect(await db.review.count()).toBe(before);
  });
});

describe("request changes and revision", () => {
  it("sends the verdict back with a comment the author sees, voiding approvals given so far, and the revision goes through review again", async () => {
    const x = await reviewWorld();
    await approveAs(x, x.w.admin);
    const back = await requestChangesAs(x, x.w.reviewer, "Cite the March bulletin, not the press release.");
    expect(back.status).toBe("CHANGES_REQUESTED");
    expect(back.validApprovals).toBe(0);
    const voided = back.reviews.find((r) => r.kind === "APPROVE")!;
    expect(voided.voided?.reason).toBe("Changes were requested.");

    const author = await stateAs(x, x.w.editor);
    expect(author.openChangeRequest?.comment).toBe("Cite the March bulletin, not the press release.");
    expect(author.allowedActions).toEqual(expect.arrayContaining(["submit_for_review", "revise"]));
    // The text lock is lifted while the author may need to fix the quote.
    expect(await db.textLock.count({ where: { claimId: x.claim.id } })).toBe(0);

    const v2 = await createVerdict({
      actor: actorOf(x.w.editor),
      workspaceSlug: x.w.slug,
      claimId: x.claim.id,
      claimVersion: author.claimVersion,
      rating: "Mostly false",
      summary: "The March bulletin puts unemployment at 5.4 percent, up from 4.9.",
      rationale: rationale("The March bulletin reports a rise."),
      evidenceIds: [x.e1.id],
    });
    expect(v2.verdict?.version).toBe(2);
    expect(v2.openChangeRequest).toBeNull();
    const resubmitted = await moveClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, action: "submit_for_review", claimVersion: v2.claimVersion });
    expect(resubmitted.status).toBe("IN_REVIEW");
    await approveAs(x, x.w.reviewer);
    expect((await approveAs(x, x.w.admin)).status).toBe("APPROVED");
    expect((await stateAs(x, x.w.viewer)).lastApprovedVersion).toBe(2);
  });

  it("needs a comment (400) and refuses the author (409)", async () => {
    const x = await reviewWorld();
    expect(await codeOf(requestChangesAs(x, x.w.reviewer, "   "))).toBe("BAD_REQUEST");
    const s = await stateAs(x, x.w.editor);
    expect(await claimStatus(x.claim.id)).toBe("IN_REVIEW");
    expect(s.allowedActions).not.toContain("request_changes");
  });
});

describe("owner override", () => {
  it("needs a written reason and stands out in the audit trail", async () => {
    const x = await reviewWorld();
    const s = await stateAs(x, x.w.owner);
    const override = (comment?: string) =>
      submitReview({ actor: actorOf(x.w.owner), workspaceSlug: x.w.slug, claimId: x.claim.id, decision: "override", claimVersion: s.claimVersion, signOffHash: s.signOffHash!, comment });
    await expect(override()).rejects.toMatchObject({ code: "BAD_REQUEST", message: "An override needs a written reason." });
    await expect(override("  ")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await claimStatus(x.claim.id)).toBe("IN_REVIEW");

    const done = await override("Election-night deadline; second reviewer unreachable.");
    expect(done.status).toBe("APPROVED");
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: x.w.ws.id, action: "review.override_approved" } });
    expect(event.actorId).toBe(x.w.owner.id);
    expect(event.data).toMatchObject({ override: true, reason: "Election-night deadline; second reviewer unreachable.", signOffHash: s.signOffHash });
  });
});

describe("voiding by each kind of change", () => {
  async function approved() {
    const x = await reviewWorld();
    await approveAs(x, x.w.reviewer);
    const s = await approveAs(x, x.w.admin);
    expect(s.status).toBe("APPROVED");
    return x;
  }

  async function expectVoided(x: Awaited<ReturnType<typeof approved>>, part: RegExp) {
    const s = await stateAs(x, x.w.viewer);
    expect(s.status).toBe("IN_REVIEW");
    expect(s.validApprovals).toBe(0);
    const voided = s.reviews.filter((r) => r.kind === "APPROVE");
    expect(voided).toHaveLength(2);
    for (const r of voided) expect(r.voided?.reason).toMatch(part);
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: x.w.ws.id, action: "review.approvals_voided" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ count: 2, status: { from: "APPROVED", to: "IN_REVIEW" } });
  }

  it("a new verdict version (rating, summary or rationale)", async () => {
    const x = await approved();
    const s = await stateAs(x, x.w.editor);
    await createVerdict({
      actor: actorOf(x.w.editor),
      workspaceSlug: x.w.slug,
      claimId: x.claim.id,
      claimVersion: s.claimVersion,
      rating: "Mostly false",
      summary: "Unemployment rose to 5.4 percent; it is not at a record low.",
      rationale: rationale("The statistics office reports a rise, confirmed by phone."),
      evidenceIds: [x.e1.id, x.e2.id],
    });
    await expectVoided(x, /rationale/i);
  });

  it("an identical re-save keeps the approvals (nothing signed changed)", async () => {
    const x = await approved();
    const s = await stateAs(x, x.w.editor);
    const same = await createVerdict({
      actor: actorOf(x.w.editor),
      workspaceSlug: x.w.slug,
      claimId: x.claim.id,
      claimVersion: s.claimVersion,
      rating: "Mostly false",
      summary: "Unemployment rose to 5.4 percent;  it is not at a record low.",
      rationale: rationale("The statistics office reports a rise."),
      evidenceIds: [x.e2.id, x.e1.id],
    });
    expect(same.status).toBe("APPROVED");
    expect(same.validApprovals).toBe(2);
  });

  it("an evidence excerpt or stance edit, and a removal", async () => {
    const { updateEvidence } = await import("@/lib/server/evidence/update-evidence");
    const { deleteEvidence } = await import("@/lib/server/evidence/delete-evidence");
    const x = await approved();
    await updateEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, evidenceId: x.e1.id, version: x.e1.version, excerpt: "rose to 5.4 percent in March" });
    await expectVoided(x, /evidence/i);

    const y = await approved();
    await deleteEvidence({ actor: actorOf(y.w.editor), workspaceSlug: y.w.slug, evidenceId: y.e2.id });
    await expectVoided(y, /evidence/i);
  });

  it("the claim's wording, claimant or date (a tags-only edit voids nothing)", async () => {
    const { updateClaim } = await import("@/lib/server/claims/update-claim");
    const x = await approved();
    const v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, tags: ["labour"] });
    expect((await stateAs(x, x.w.viewer)).status).toBe("APPROVED");
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v + 1, claimant: "The minister" });
    await expectVoided(x, /claimant/i);
  });

  it("a note-only evidence edit voids nothing (the note is not part of the sign-off)", async () => {
    const { updateEvidence } = await import("@/lib/server/evidence/update-evidence");
    const x = await approved();
    await updateEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, evidenceId: x.e2.id, version: x.e2.version, note: "Call at 10:00 with the press office." });
    const s = await stateAs(x, x.w.viewer);
    expect(s.status).toBe("APPROVED");
    expect(s.validApprovals).toBe(2);
  });

  it("a new capture of a cited source with different content", async () => {
    const { syncSignOffForSource } = await import("@/lib/server/reviews/sync-sign-off");
    const x = await approved();
    await db.$transaction(async (tx) => {
      await tx.sourceSnapshot.create({
        data: { workspaceId: x.w.ws.id, sourceId: x.e1.source.id, status: "OK", requestedUrl: "https://stats.example/labour", contentHash: "f".repeat(64), text: "New text", attempts: 1, fetchedAt: new Date() },
      });
      await syncSignOffForSource(tx, { workspaceId: x.w.ws.id, sourceId: x.e1.source.id, actor: null, cause: "A new capture of the source differs." });
    });
    await expectVoided(x, /evidence/i);
  });

  it("the document's text, unlocked for a correction: approvals voided, claim back to research", async () => {
    const { unlockDocumentText } = await import("@/lib/server/documents/unlock-document-text");
    const x = await approved();
    expect(await db.textLock.count({ where: { claimId: x.claim.id, scope: "CLAIM_REVIEW" } })).toBe(1);
    await expect(unlockDocumentText({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, documentId: x.doc.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("unemployment is at a record low"),
    });
    await unlockDocumentText({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, documentId: x.doc.id, correctionReason: "The import dropped a sentence." });
    const s = await stateAs(x, x.w.viewer);
    expect(s.status).toBe("RESEARCHING");
    expect(s.validApprovals).toBe(0);
    expect(s.reviews.every((r) => r.voided?.reason.includes("The import dropped a sentence."))).toBe(true);
    expect(await db.textLock.count({ where: { documentId: x.doc.id } })).toBe(0);
  });
});

describe("the text lock", () => {
  it("is held while the claim is in review or approved and lifted when it leaves review", async () => {
    const x = await reviewWorld();
    expect(await db.textLock.findUnique({ where: { claimId: x.claim.id } })).toMatchObject({ scope: "CLAIM_REVIEW", documentId: x.doc.id });
    const { issueCollabToken } = await import("@/lib/server/collab/issue-collab-token");
    const token = await issueCollabToken({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, documentId: x.doc.id });
    expect(token).toMatchObject({ readOnly: true, textLocked: true });

    const s = await stateAs(x, x.w.editor);
    await moveClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, action: "withdraw_submission", claimVersion: s.claimVersion });
    expect(await db.textLock.count({ where: { claimId: x.claim.id } })).toBe(0);
    expect(await claimStatus(x.claim.id)).toBe("RESEARCHING");
  });
});
