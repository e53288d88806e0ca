import { afterAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/w/[slug]/rating-scale/route";
import { db } from "@/lib/db";
import { DEFAULT_RATING_SCALE, type TRatingScale } from "@/lib/domain/reviews/default-rating-scale";
import type { TVerdictDto } from "@/lib/domain/reviews/review-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { getRatingScale } from "@/lib/server/reviews/get-rating-scale";
import { listVerdicts } from "@/lib/server/reviews/list-verdicts";
import { updateRatingScale } from "@/lib/server/reviews/update-rating-scale";
import { workspaceWithEveryRole } from "../workspaces/fixtures";
import { actorOf, call, codeOf, ctx, errorOf, rationale, reviewWorld, stateAs, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const clone = (s: TRatingScale): TRatingScale => structuredClone(s);
/** The default with "Mostly false" renamed and recoloured, and "Missing context" dropped. */
function edited(): TRatingScale {
  const s = clone(DEFAULT_RATING_SCALE);
  s.ratings[3] = { label: "Largely false", value: 2, color: "#AA3300", description: "Mostly wrong." };
  s.nonScale = s.nonScale.slice(0, 1);
  return s;
}
const auditEvents = (workspaceId: string) => db.auditEvent.findMany({ where: { workspaceId, action: "workspace.rating_scale_updated" }, orderBy: { id: "asc" } });

describe("rating scale: read and change", () => {
  it("every member reads the default at first (version 1); owners and admins change it; the change is audited with before/after labels", async () => {
    const w = await workspaceWithEveryRole();
    for (const who of [w.viewer, w.editor, w.reviewer, w.admin]) {
      expect(await getRatingScale({ actor: actorOf(who), workspaceSlug: w.slug })).toEqual({ scale: DEFAULT_RATING_SCALE, version: 1, isDefault: true });
    }
    const saved = await updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: edited(), version: 1 });
    expect(saved).toEqual({ scale: edited(), version: 2, isDefault: false });
    expect(await getRatingScale({ actor: actorOf(w.viewer), workspaceSlug: w.slug })).toEqual(saved);
    const row = await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } });
    expect(row.ratingScale).toEqual(edited());
    expect(row.ratingScaleVersion).toBe(2);

    const [event, ...more] = await auditEvents(w.ws.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorId: w.admin.id, targetType: "workspace", targetId: w.ws.id });
    expect(event!.data).toMatchObject({
      version: { from: 1, to: 2 },
      labels: {
        before: { ratings: ["True", "Mostly true", "Mixed", "Mostly false", "False"], nonScale: ["Unverifiable", "Missing context"] },
        after: { ratings: ["True", "Mostly true", "Mixed", "Largely false", "False"], nonScale: ["Unverifiable"] },
      },
      isDefault: { from: true, to: false },
      after: edited(),
    });

    // The owner resets to the default: stored as "the default" again.
    const reset = await updateRatingScale({ actor: actorOf(w.owner), workspaceSlug: w.slug, scale: DEFAULT_RATING_SCALE, version: 2 });
    expect(reset).toEqual({ scale: DEFAULT_RATING_SCALE, version: 3, isDefault: true });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).ratingScale).toBeNull();
    // Saving the same scale again changes nothing and records nothing.
    expect(await updateRatingScale({ actor: actorOf(w.owner), workspaceSlug: w.slug, scale: DEFAULT_RATING_SCALE, version: 3 })).toEqual(reset);
    expect(await auditEvents(w.ws.id)).toHaveLength(2);
  });

  it("editors, reviewers and viewers cannot change it (403), outsiders get 404; nothing is written", async () => {
    const w = await workspaceWithEveryRole();
    for (const who of [w.editor, w.reviewer, w.viewer]) {
      expect(await codeOf(updateRatingScale({ actor: actorOf(who), workspaceSlug: w.slug, scale: edited(), version: 1 }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(updateRatingScale({ actor: actorOf(w.outsider), workspaceSlug: w.slug, scale: edited(), version: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(getRatingScale({ actor: actorOf(w.outsider), workspaceSlug: w.slug }))).toBe("NOT_FOUND");
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).ratingScaleVersion).toBe(1);
    expect(await auditEvents(w.ws.id)).toEqual([]);
  });

  it("an invalid scale is a 400 with the validator's sentences, and nothing is written", async () => {
    const w = await workspaceWithEveryRole();
    const bad = clone(DEFAULT_RATING_SCALE);
    bad.ratings[1]!.value = 6; // not below "True"
    bad.ratings[2]!.color = "orange";
    bad.nonScale[0]!.label = " mostly TRUE ";
    const err = await updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: bad, version: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    const issues = (err as { fieldErrors: { scale: string[] } }).fieldErrors.scale;
    expect(issues).toEqual([
      'Rating 2 ("Mostly true") must have a lower value than Rating 1 ("True"): ratings go from best to worst.',
      'Rating 3 ("Mixed") needs a colour written as #rrggbb.',
      'Rating outside the scale 1 ("mostly TRUE") has the same label as Rating 2 ("Mostly true").',
    ]);
    expect((err as Error).message).toBe(`The rating scale has 3 problems: ${issues.join(" ")}`);
    const one = clone(DEFAULT_RATING_SCALE);
    one.ratings = one.ratings.slice(0, 1);
    await expect(updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: one, version: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A scale needs at least 2 ratings.",
    });
    // The shape: whole-number values, strings, no unknown keys.
    const fractional = clone(DEFAULT_RATING_SCALE);
    fractional.ratings[0]!.value = 4.5;
    expect(await codeOf(updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: fractional, version: 1 }))).toBe("BAD_REQUEST");
    expect(await codeOf(updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: { ...DEFAULT_RATING_SCALE, extra: 1 } as never, version: 1 }))).toBe("BAD_REQUEST");
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).ratingScaleVersion).toBe(1);
    expect(await auditEvents(w.ws.id)).toEqual([]);
  });

  it("a stale version is a 409 saying someone else changed it, and their change stands", async () => {
    const w = await workspaceWithEveryRole();
    await updateRatingScale({ actor: actorOf(w.owner), workspaceSlug: w.slug, scale: edited(), version: 1 });
    const mine = clone(DEFAULT_RATING_SCALE);
    mine.ratings[0]!.description = "Accurate.";
    const err = await updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: mine, version: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "CONFLICT" });
    expect((err as Error).message).toMatch(/^Someone else changed the rating scale since you loaded it \(last saved by owner ws-\S+ at .+ UTC\): you edited version 1, it is now version 2\. Reload/);
    expect((await getRatingScale({ actor: actorOf(w.viewer), workspaceSlug: w.slug })).scale).toEqual(edited());

    // Two saves from the same version at once: one wins, the other is a 409, no lost write.
    const a = clone(edited());
    a.ratings[0]!.description = "A.";
    const b = clone(edited());
    b.ratings[0]!.description = "B.";
    const results = await Promise.allSettled([
      updateRatingScale({ actor: actorOf(w.owner), workspaceSlug: w.slug, scale: a, version: 2 }),
      updateRatingScale({ actor: actorOf(w.admin), workspaceSlug: w.slug, scale: b, version: 2 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const now = await getRatingScale({ actor: actorOf(w.viewer), workspaceSlug: w.slug });
    expect(now).toEqual((won[0] as PromiseFulfilledResult<unknown>).value);
    expect(now.version).toBe(3);
    expect(await auditEvents(w.ws.id)).toHaveLength(2);
  });

  it("changing the scale never touches a verdict: it keeps the label, value, colour and description it was given", async () => {
    const x = await reviewWorld({ submit: false });
    const before = (await listVerdicts({ actor: actorOf(x.w.viewer), workspaceSlug: x.w.slug, claimId: x.claim.id })).verdicts;
    expect(before[0]!.rating).toEqual({ ...DEFAULT_RATING_SCALE.ratings[3], value: 2 });
    const rowBefore = await db.verdict.findFirstOrThrow({ where: { claimId: x.claim.id } });

    const s = edited();
    s.ratings = s.ratings.map((r) => ({ ...r, value: r.value * 10 }));
    await updateRatingScale({ actor: actorOf(x.w.owner), workspaceSlug: x.w.slug, scale: s, version: 1 });

    const after = (await listVerdicts({ actor: actorOf(x.w.viewer), workspaceSlug: x.w.slug, claimId: x.claim.id })).verdicts;
    expect(after).toEqual(before);
    expect(await db.verdict.findFirstOrThrow({ where: { claimId: x.claim.id } })).toEqual(rowBefore);
    // New verdicts choose from the new scale: the old label is gone, the new one carries the new value.
    const state = await stateAs(x, x.w.editor);
    const base = { actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, summary: "It rose.", rationale: rationale("See the bulletin."), evidenceIds: [x.e1.id] };
    expect(await codeOf(createVerdict({ ...base, claimVersion: state.claimVersion, rating: "Mostly false" }))).toBe("BAD_REQUEST");
    const next = await createVerdict({ ...base, claimVersion: state.claimVersion, rating: "Largely false" });
    expect(next.verdict!.rating).toEqual({ label: "Largely false", value: 20, color: "#AA3300", description: "Mostly wrong." });
    const versions = (await listVerdicts({ actor: actorOf(x.w.viewer), workspaceSlug: x.w.slug, claimId: x.claim.id })).verdicts;
    expect(versions.map((v: TVerdictDto) => [v.version, v.rating.label, v.rating.value])).toEqual([
      [2, "Largely false", 20],
      [1, "Mostly false", 2],
    ]);
  });
});

describe("rating scale routes", () => {
  it("GET for members, PUT for admins with the version; 400 sentences, 409, 403, 404, unknown keys refused", async () => {
    const w = await workspaceWithEveryRole();
    const path = `/api/w/${w.slug}/rating-scale`;
    const params = ctx({ slug: w.slug });
    const viewer = await tokenFor(w.viewer.id);
    const admin = await tokenFor(w.admin.id);
    const editor = await tokenFor(w.editor.id);

    const got = await GET(call(viewer, path), params);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ scale: DEFAULT_RATING_SCALE, version: 1, isDefault: true });
    expect((await GET(call(await tokenFor(w.outsider.id), path), params)).status).toBe(404);

    expect(await errorOf(await PUT(call(editor, path, { method: "PUT", json: { scale: edited(), version: 1 } }), params))).toMatchObject({ status: 403 });
    const ok = await PUT(call(admin, path, { method: "PUT", json: { scale: edited(), version: 1 } }), params);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ scale: edited(), version: 2, isDefault: false });

    const stale = await errorOf(await PUT(call(admin, path, { method: "PUT", json: { scale: DEFAULT_RATING_SCALE, version: 1 } }), params));
    expect(stale).toMatchObject({ status: 409, code: "CONFLICT" });
    expect(stale.message).toMatch(/^Someone else changed the rating scale/);

    const empty = { ratings: [], nonScale: [] };
    const invalid = await errorOf(await PUT(call(admin, path, { method: "PUT", json: { scale: empty, version: 2 } }), params));
    expect(invalid).toMatchObject({ status: 400, message: "A scale needs at least 2 ratings." });
    for (const json of [{ scale: edited() }, { scale: edited(), version: 2, workspaceSlug: "other" }, { scale: "x", version: 2 }, { scale: { ratings: [{ label: "A" }], nonScale: [] }, version: 2 }]) {
      const r = await PUT(call(admin, path, { method: "PUT", json }), params);
      expect({ json, status: r.status }).toEqual({ json, status: 400 });
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id: w.ws.id } })).ratingScaleVersion).toBe(2);
  });
});
