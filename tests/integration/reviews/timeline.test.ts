import { afterAll, describe, expect, it } from "vitest";
import { GET as TIMELINE } from "@/app/api/w/[slug]/claims/[id]/timeline/route";
import { db } from "@/lib/db";
import type { TTimelineEntryDto } from "@/lib/domain/reviews/review-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { getClaimTimeline } from "@/lib/server/reviews/get-claim-timeline";
import { submitReview } from "@/lib/server/reviews/submit-review";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { actorOf, approveAs, call, codeOf, ctx, errorOf, rationale, requestChangesAs, reviewWorld, stateAs, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

type TX = Awaited<ReturnType<typeof reviewWorld>>;
const read = (x: TX, who: { id: string }, extra: { limit?: number; cursor?: string } = {}) =>
  getClaimTimeline({ actor: actorOf(who), workspaceSlug: x.w.slug, claimId: x.claim.id, ...extra });
const actions = (entries: TTimelineEntryDto[]) => entries.map((e) => e.action);

describe("claim timeline", () => {
  it("tells the real workflow newest first: changes requested, a revision, approvals with the hash they signed, a void by an evidence edit", async () => {
    const x = await reviewWorld();
    const name = async (u: { id: string }) => (await db.user.findUniqueOrThrow({ where: { id: u.id } })).name;
    await requestChangesAs(x, x.w.reviewer, "Cite the March bulletin.");
    const editor = actorOf(x.w.editor);
    let s = await stateAs(x, x.w.editor);
    s = await moveClaim({ actor: editor, workspaceSlug: x.w.slug, claimId: x.claim.id, action: "revise", claimVersion: s.claimVersion });
    s = await createVerdict({
      actor: editor,
      workspaceSlug: x.w.slug,
      claimId: x.claim.id,
      claimVersion: s.claimVersion,
      rating: "False",
      summary: "Unemployment rose to 5.4 percent in March.",
      rationale: rationale("The March bulletin reports a rise."),
      evidenceIds: [x.e1.id, x.e2.id],
    });
    await moveClaim({ actor: editor, workspaceSlug: x.w.slug, claimId: x.claim.id, action: "submit_for_review", claimVersion: s.claimVersion });
    const first = await approveAs(x, x.w.reviewer);
    const approved = await approveAs(x, x.w.admin);
    expect(approved.status).toBe("APPROVED");
    await updateEvidence({ actor: editor, workspaceSlug: x.w.slug, evidenceId: x.e1.id, version: x.e1.version, excerpt: "rose to 5.4 percent in March" });

    const { entries, nextCursor } = await read(x, x.w.viewer);
    expect(nextCursor).toBeNull();
    // Newest first, by id.
    expect(entries.map((e) => BigInt(e.id))).toEqual(entries.map((e) => BigInt(e.id)).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(actions(entries).slice(0, 6)).toEqual([
      "review.approvals_voided",
      "evidence.updated",
      "claim.status_changed",
      "review.approved",
      "review.approved",
      "claim.status_changed",
    ]);
    // The rest of the story, oldest last: claim created, evidence, research, verdict v1, review, changes requested.
    expect(actions(entries).reverse().slice(0, 6)).toEqual(["claim.created", "evidence.added", "evidence.added", "claim.status_changed", "verdict.created", "claim.status_changed"]);

    const [voided, edited] = entries;
    expect(voided!.emphasis).toBe("void");
    expect(voided!.text).toMatch(/^.+ voided 2 approvals\. .*evidence/);
    expect(edited!.text).toBe(`${await name(x.w.editor)} edited the excerpt of the evidence from “${(await db.source.findUniqueOrThrow({ where: { id: x.e1.source.id } })).title}”.`);

    const approvals = entries.filter((e) => e.action === "review.approved");
    expect(approvals.map((a) => a.signOffHash)).toEqual([approved.signOffHash, first.signOffHash]);
    expect(approvals[0]!.text).toBe(`${await name(x.w.admin)} approved version 2 (quorum reached, 2 of 2).`);
    expect(approvals[1]!.text).toBe(`${await name(x.w.reviewer)} approved version 2 (1 of 2 approvals · 1 more needed).`);
    expect(approvals[0]!.actor).toEqual({ id: x.w.admin.id, name: await name(x.w.admin) });

    const change = entries.find((e) => e.action === "review.changes_requested")!;
    expect(change).toMatchObject({ emphasis: "change_request", text: `${await name(x.w.reviewer)} requested changes to version 1. Comment: “Cite the March bulletin.”` });
    expect(entries.filter((e) => e.action === "verdict.created").map((e) => e.text)).toEqual([
      `${await name(x.w.editor)} wrote verdict version 2: False.`,
      `${await name(x.w.editor)} wrote verdict version 1: Mostly false.`,
    ]);
    // Only this claim: the other claim's creation is not here.
    expect(entries.filter((e) => e.action === "claim.created")).toHaveLength(1);
    expect(entries.every((e) => typeof e.at === "string" && !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it("an owner override stands out with its reason and hash", async () => {
    const x = await reviewWorld();
    const s = await stateAs(x, x.w.owner);
    await submitReview({ actor: actorOf(x.w.owner), workspaceSlug: x.w.slug, claimId: x.claim.id, decision: "override", claimVersion: s.claimVersion, signOffHash: s.signOffHash!, comment: "Deadline; the desk chief read it." });
    const { entries } = await read(x, x.w.editor);
    const o = entries.find((e) => e.action === "review.override_approved")!;
    expect(o).toMatchObject({ emphasis: "override", signOffHash: s.signOffHash });
    expect(o.text).toContain("by owner override");
    expect(o.text).toContain("“Deadline; the desk chief read it.”");
  });

  it("pages with a cursor: limit, then older entries, nothing twice", async () => {
    const x = await reviewWorld();
    const all = (await read(x, x.w.viewer)).entries;
    const p1 = await read(x, x.w.viewer, { limit: 3 });
    expect(p1.entries.map((e) => e.id)).toEqual(all.slice(0, 3).map((e) => e.id));
    expect(p1.nextCursor).toBe(p1.entries[2]!.id);
    const p2 = await read(x, x.w.viewer, { limit: 200, cursor: p1.nextCursor! });
    expect(p2.entries.map((e) => e.id)).toEqual(all.slice(3).map((e) => e.id));
    expect(p2.nextCursor).toBeNull();
    expect(await codeOf(read(x, x.w.viewer, { limit: 201 }))).toBe("BAD_REQUEST");
    expect(await codeOf(read(x, x.w.viewer, { cursor: "99999999999999999999" }))).toBe("BAD_REQUEST");
  });

  it("route: any member reads it; outsiders, other workspaces' claims and bad ids are 404; unknown query keys 400", async () => {
    const x = await reviewWorld({ submit: false });
    const path = `/api/w/${x.w.slug}/claims/${x.claim.id}/timeline`;
    const params = ctx({ slug: x.w.slug, id: x.claim.id });
    const viewer = await tokenFor(x.w.viewer.id);
    const res = await TIMELINE(call(viewer, path), params);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { entries: TTimelineEntryDto[]; nextCursor: string | null };
    expect(actions(body.entries)[0]).toBe("verdict.created");

    const outsider = await tokenFor(x.w.outsider.id);
    expect(await errorOf(await TIMELINE(call(outsider, path), params))).toMatchObject({ status: 404 });
    const y = await reviewWorld({ submit: false });
    const foreign = await TIMELINE(call(viewer, `/api/w/${x.w.slug}/claims/${y.claim.id}/timeline`), ctx({ slug: x.w.slug, id: y.claim.id }));
    expect(foreign.status).toBe(404);
    const bad = await TIMELINE(call(viewer, `/api/w/${x.w.slug}/claims/not-a-uuid/timeline`), ctx({ slug: x.w.slug, id: "not-a-uuid" }));
    expect(bad.status).toBe(404);
    expect((await TIMELINE(call(viewer, `${path}?workspaceSlug=${y.w.slug}`), params)).status).toBe(400);
    expect((await TIMELINE(call(viewer, `${path}?limit=0`), params)).status).toBe(400);
  });
});
