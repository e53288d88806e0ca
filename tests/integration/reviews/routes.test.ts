import { afterAll, describe, expect, it } from "vitest";
import { GET as REVIEW } from "@/app/api/w/[slug]/claims/[id]/review/route";
import { POST as REVIEWS } from "@/app/api/w/[slug]/claims/[id]/reviews/route";
import { GET as VERDICTS, POST as SAVE } from "@/app/api/w/[slug]/claims/[id]/verdicts/route";
import { POST as MOVE } from "@/app/api/w/[slug]/claims/[id]/workflow/route";
import { db } from "@/lib/db";
import type { TReviewStateDto, TVerdictDto } from "@/lib/domain/reviews/review-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { call, ctx, errorOf, rationale, reviewWorld, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

type TX = Awaited<ReturnType<typeof reviewWorld>>;
const path = (x: TX, tail = "") => `/api/w/${x.w.slug}/claims/${x.claim.id}${tail}`;
const params = (x: TX) => ctx({ slug: x.w.slug, id: x.claim.id });

async function as(who: { id: string }) {
  return tokenFor(who.id);
}

const verdictBody = (x: TX, over: Record<string, unknown> = {}) => ({
  claimVersion: x.state.claimVersion,
  rating: "False",
  summary: "The rate rose to 5.4 percent.",
  rationale: rationale("The bulletin says so."),
  evidenceIds: [x.e1.id],
  ...over,
});

describe("review routes: authorization by role and workspace", () => {
  it("any member reads the review state and the versions; strangers and other workspaces get 404", async () => {
    const x = await reviewWorld();
    const viewer = await as(x.w.viewer);
    const res = await REVIEW(call(viewer, path(x, "/review")), params(x));
    expect(res.status).toBe(200);
    const state = (await res.json()) as TReviewStateDto;
    expect(state).toMatchObject({ status: "IN_REVIEW", validApprovals: 0, requiredApprovals: 2, allowedActions: [] });
    expect(state.signOffHash).toMatch(/^[0-9a-f]{64}$/);
    expect(state.evidence.map((e) => e.id).sort()).toEqual([x.e1.id, x.e2.id].sort());

    const versions = await VERDICTS(call(viewer, path(x, "/verdicts")), params(x));
    expect(((await versions.json()) as { verdicts: TVerdictDto[] }).verdicts.map((v) => v.version)).toEqual([1]);

    const outsider = await as(x.w.outsider);
    for (const [fn, tail] of [[REVIEW, "/review"], [VERDICTS, "/verdicts"]] as const) {
      const r = await fn(call(outsider, path(x, tail)), params(x));
      expect(r.status).toBe(404);
    }
    // A claim of another workspace through this workspace's slug: 404.
    const y = await reviewWorld({ submit: false });
    const r = await REVIEW(call(viewer, `/api/w/${x.w.slug}/claims/${y.claim.id}/review`), ctx({ slug: x.w.slug, id: y.claim.id }));
    expect(r.status).toBe(404);
  });

  it("viewers cannot save verdicts or move claims (403), editors cannot review (403), nothing is written", async () => {
    const x = await reviewWorld({ submit: false });
    const before = { verdicts: await db.verdict.count({ where: { claimId: x.claim.id } }), reviews: await db.review.count({ where: { claimId: x.claim.id } }) };
    const viewer = await as(x.w.viewer);
    expect((await SAVE(call(viewer, path(x, "/verdicts"), { method: "POST", json: verdictBody(x) }), params(x))).status).toBe(403);
    expect((await MOVE(call(viewer, path(x, "/workflow"), { method: "POST", json: { action: "submit_for_review", claimVersion: x.state.claimVersion } }), params(x))).status).toBe(403);
    const editor = await as(x.w.target);
    const review = await REVIEWS(
      call(editor, path(x, "/reviews"), { method: "POST", json: { decision: "approve", claimVersion: x.state.claimVersion, signOffHash: x.state.signOffHash } }),
      params(x),
    );
    expect(review.status).toBe(403);
    expect(await errorOf(review)).toMatchObject({ code: "FORBIDDEN", message: "Only reviewers, admins and owners can review verdicts." });
    expect({ verdicts: await db.verdict.count({ where: { claimId: x.claim.id } }), reviews: await db.review.count({ where: { claimId: x.claim.id } }) }).toEqual(before);
  });

  it("a reviewer approves through the API and the claim response carries the verdict and the approvals", async () => {
    const x = await reviewWorld({ requiredApprovals: 1 });
    const reviewer = await as(x.w.reviewer);
    const res = await REVIEWS(
      call(reviewer, path(x, "/reviews"), { method: "POST", json: { decision: "approve", claimVersion: x.state.claimVersion, signOffHash: x.state.signOffHash } }),
      params(x),
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as TReviewStateDto).status).toBe("APPROVED");
    const { GET: CLAIM } = await import("@/app/api/w/[slug]/claims/[id]/route");
    const claim = (await (await CLAIM(call(reviewer, path(x)), params(x))).json()) as { claim: { status: string; verdict: unknown; approvals: unknown[] } };
    expect(claim.claim).toMatchObject({
      status: "APPROVED",
      verdict: { version: 1, rating: { label: "Mostly false", value: 2 }, summary: "Unemployment rose to 5.4 percent; it is not at a record low." },
      approvals: [{ reviewer: { id: x.w.reviewer.id }, override: false }],
    });
  });
});

describe("review routes: bad input is a 400 with a sentence, never a 500, and writes nothing", () => {
  it.each([
    ["an unknown rating", { rating: "Pants on fire" }, "“Pants on fire” is not a rating on this workspace's scale."],
    ["an empty summary", { summary: "   " }, "Write a short summary for readers."],
    ["a NUL in the summary", { summary: "a\u0000b" }, "NUL"],
    ["a rationale that is not rich text", { rationale: { type: "doc", content: [{ type: "script", text: "x" }] } }, "The rationale is not valid rich text"],
    ["a rationale with a javascript: link", { rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } }, "not allowed"],
    ["a rationale that is a string", { rationale: "plain" }, "rationale"],
    ["evidence of another claim", { evidenceIds: ["00000000-0000-4000-8000-000000000000"] }, "this claim's own evidence"],
    ["a malformed evidence id", { evidenceIds: ["1; drop table"] }, "UUID"],
    ["no claimVersion", { claimVersion: undefined }, "claimVersion is required"],
    ["an unknown key", { status: "APPROVED" }, "status"],
  ])("saving a verdict with %s", async (_name, over, message) => {
    const x = await reviewWorld({ submit: false });
    const before = await db.verdict.count({ where: { claimId: x.claim.id } });
    const res = await SAVE(call(await as(x.w.editor), path(x, "/verdicts"), { method: "POST", json: verdictBody(x, over) }), params(x));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(message);
    expect(await db.verdict.count({ where: { claimId: x.claim.id } })).toBe(before);
  });

  it.each([
    ["an unknown decision", { decision: "publish" }, "decision must be approve, request_changes or override."],
    ["a malformed hash", { signOffHash: "abc" }, "signOffHash must be the 64-character hex SHA-256"],
    ["an approval without a hash", { signOffHash: undefined }, "signOffHash is required"],
    ["a comment of 5,000 characters", { decision: "request_changes", comment: "x".repeat(5000) }, "under 4,000 characters"],
  ])("a review with %s", async (_name, over, message) => {
    const x = await reviewWorld();
    const res = await REVIEWS(
      call(await as(x.w.reviewer), path(x, "/reviews"), { method: "POST", json: { decision: "approve", claimVersion: x.state.claimVersion, signOffHash: x.state.signOffHash, ...over } }),
      params(x),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(message);
    expect(await db.review.count({ where: { claimId: x.claim.id } })).toBe(0);
  });

  it("an unknown workflow move, one the role may never take, one the status does not allow", async () => {
    const x = await reviewWorld({ submit: false });
    const editor = await as(x.w.editor);
    const unknown = await MOVE(call(editor, path(x, "/workflow"), { method: "POST", json: { action: "approve", claimVersion: x.state.claimVersion } }), params(x));
    expect(unknown.status).toBe(400);
    // Publishing is for owners and admins.
    const publish = await MOVE(call(editor, path(x, "/workflow"), { method: "POST", json: { action: "publish", claimVersion: x.state.claimVersion } }), params(x));
    expect(publish.status).toBe(403);
    const back = await MOVE(call(editor, path(x, "/workflow"), { method: "POST", json: { action: "revise", claimVersion: x.state.claimVersion } }), params(x));
    expect(back.status).toBe(409);
    expect((await errorOf(back)).message).toBe("Only a claim with changes requested can go back to research.");
  });
});
