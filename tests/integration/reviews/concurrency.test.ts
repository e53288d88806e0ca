import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { actorOf, approveAs, claimStatus, rationale, requestChangesAs, reviewWorld, stateAs } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const settle = async <T,>(ps: Promise<T>[]) => {
  const results = await Promise.allSettled(ps);
  return {
    ok: results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<T>).value),
    errors: results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { code?: string; message: string }),
  };
};

describe("two people acting at once", () => {
  it("two approvals of the same content both count (no lost write) and reach the quorum", async () => {
    const x = await reviewWorld();
    const [a, b] = await Promise.all([stateAs(x, x.w.reviewer), stateAs(x, x.w.admin)]);
    const { ok, errors } = await settle([approveAs(x, x.w.reviewer, a), approveAs(x, x.w.admin, b)]);
    expect(errors).toEqual([]);
    expect(ok).toHaveLength(2);
    expect(await claimStatus(x.claim.id)).toBe("APPROVED");
    expect(await db.review.count({ where: { claimId: x.claim.id, kind: "APPROVE", voidedAt: null } })).toBe(2);
  });

  it("one person approving twice at once counts once", async () => {
    const x = await reviewWorld();
    const seen = await stateAs(x, x.w.reviewer);
    const { ok, errors } = await settle([approveAs(x, x.w.reviewer, seen), approveAs(x, x.w.reviewer, seen)]);
    expect(ok).toHaveLength(1);
    expect(errors.map((e) => e.code)).toEqual(["CONFLICT"]);
    expect(await db.review.count({ where: { claimId: x.claim.id, kind: "APPROVE" } })).toBe(1);
  });

  it("two verdict versions saved from the same claim version: one lands, the other is a 409 saying what changed", async () => {
    const x = await reviewWorld({ submit: false });
    const save = (who: { id: string }, summary: string) =>
      createVerdict({
        actor: actorOf(who),
        workspaceSlug: x.w.slug,
        claimId: x.claim.id,
        claimVersion: x.state.claimVersion,
        rating: "False",
        summary,
        rationale: rationale(summary),
        evidenceIds: [x.e1.id],
      });
    const { ok, errors } = await settle([save(x.w.editor, "First take."), save(x.w.admin, "Second take.")]);
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Since you loaded it: .* saved a new verdict version/) });
    expect(await db.verdict.count({ where: { claimId: x.claim.id } })).toBe(2);
  });

  it("approve against request changes: exactly one wins, the other is a 409", async () => {
    for (let i = 0; i < 3; i++) {
      const x = await reviewWorld();
      const [a, b] = await Promise.all([stateAs(x, x.w.reviewer), stateAs(x, x.w.admin)]);
      const { ok, errors } = await settle([approveAs(x, x.w.reviewer, a), requestChangesAs(x, x.w.admin, "Add the regional figures.", b)]);
      expect(ok).toHaveLength(1);
      expect(errors.map((e) => e.code)).toEqual(["CONFLICT"]);
      const status = await claimStatus(x.claim.id);
      const reviews = await db.review.findMany({ where: { claimId: x.claim.id } });
      if (status === "CHANGES_REQUESTED") expect(reviews.map((r) => r.kind)).toEqual(["REQUEST_CHANGES"]);
      else expect(reviews.map((r) => r.kind)).toEqual(["APPROVE"]);
    }
  });

  it("an edit during an approval: the approval of the old content is a 409 naming what changed", async () => {
    const x = await reviewWorld();
    const seen = await stateAs(x, x.w.reviewer);
    await updateEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, evidenceId: x.e1.id, version: x.e1.version, stance: "SUPPORTS" });
    await expect(approveAs(x, x.w.reviewer, seen)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed since you loaded it.*evidence/is) });
    expect(await db.review.count({ where: { claimId: x.claim.id } })).toBe(0);
    // Read again, the reviewer approves what is there now.
    expect((await approveAs(x, x.w.reviewer)).validApprovals).toBe(1);
  });

  it("a workflow move based on an old claim version is a 409 naming who did what", async () => {
    const x = await reviewWorld();
    const old = await stateAs(x, x.w.editor);
    await requestChangesAs(x, x.w.reviewer, "Check the date.");
    await expect(
      moveClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, action: "withdraw_submission", claimVersion: old.claimVersion }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Since you loaded it: reviewer .* requested changes/) });
    expect(await claimStatus(x.claim.id)).toBe("CHANGES_REQUESTED");
  });
});
