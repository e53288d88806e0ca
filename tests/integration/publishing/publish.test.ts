import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { retractVerdict } from "@/lib/server/publishing/retract-verdict";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { codeOf } from "../workspaces/fixtures";
import { act, actorOf, approveAs, approvedWorld, getPublic, publicSlugOf, rationale, stateAs } from "./helpers";

// An independent validator (Google's ClaimReview requirements and schema.org types), not our own types.
const require = createRequire(import.meta.url);
const { structuredDataTest } = require("structured-data-testing-tool") as { structuredDataTest: (html: string, o: object) => Promise<{ passed: unknown[]; failed: { test: string }[]; structuredData: { jsonld: Record<string, unknown[]> } }> };
const { Google } = require("structured-data-testing-tool/presets") as { Google: unknown };

afterAll(async () => {
  await stopJobSender();
});


describe("publishing a verdict", () => {
  it("only owners and admins publish, and only an approved claim; the publication records the approval it rests on", async () => {
    const x = await approvedWorld();
    expect(await codeOf(act(x, x.w.editor, "publish"))).toBe("FORBIDDEN");
    expect(await codeOf(act(x, x.w.reviewer, "publish"))).toBe("FORBIDDEN");
    const before = await stateAs(x, x.w.admin);
    expect(before.allowedActions).toContain("publish");
    const after = await act(x, x.w.admin, "publish");
    expect(after.status).toBe("PUBLISHED");
    const slug = await publicSlugOf(x.claim.id);
    expect(slug).toBe("unemployment-is-at-a-record-low");
    expect(after.publication).toMatchObject({ version: 1, kind: "PUBLISH", path: `/p/${x.w.slug}/${slug}` });
    const pub = await db.publication.findFirstOrThrow({ where: { claimId: x.claim.id } });
    expect(pub).toMatchObject({ version: 1, kind: "PUBLISH", signOffHash: before.signOffHash, publishedById: x.w.admin.id });
    expect(await db.auditEvent.count({ where: { targetId: x.claim.id, action: "verdict.published", actorId: x.w.admin.id } })).toBe(1);
    // Publishing twice is not a thing: a change is published as a correction.
    expect(await codeOf(act(x, x.w.admin, "publish"))).toBe("CONFLICT");
    // The public record is immutable.
    await expect(db.publication.update({ where: { id: pub.id }, data: { note: "rewritten" } })).rejects.toThrow(/immutable/);
  });

  it("a claim not approved yet cannot be published", async () => {
    const x = await approvedWorld();
    const s = await stateAs(x, x.w.editor);
    await createVerdict({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, claimVersion: s.claimVersion, rating: "False", summary: "Changed after approval.", rationale: rationale("x"), evidenceIds: [x.e1.id] });
    expect(await codeOf(act(x, x.w.admin, "publish"))).toBe("CONFLICT");
    expect(await db.publication.count({ where: { claimId: x.claim.id } })).toBe(0);
  });
});

describe("the public page, anonymously", () => {
  it("shows the published version with valid ClaimReview JSON-LD, escapes what people wrote and leaks nothing internal", async () => {
    const x = await approvedWorld();
    await db.evidence.update({ where: { id: x.e2.id }, data: { note: "INTERNAL NOTE: do not publish" } });
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    const res = await getPublic(`/p/${x.w.slug}/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(res.headers.get("cdn-cache-control")).toMatch(/max-age=60/);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(res.body).toContain("unemployment is at a record low");
    expect(res.body).toContain("Mostly false");
    expect(res.body).toContain("Unemployment rose to 5.4 percent; it is not at a record low.");
    // No client JavaScript: the only script element is the JSON-LD data block.
    expect(res.body.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    for (const secret of [x.w.editor.email, x.w.reviewer.email, "INTERNAL NOTE", "Phone call."]) expect(res.body).not.toContain(secret);

    const report = await structuredDataTest(res.body, { presets: [Google], schemas: ["ClaimReview"] });
    expect(report.failed.map((f) => f.test)).toEqual([]);
    const claimReview = report.structuredData.jsonld.ClaimReview![0] as Record<string, unknown>;
    expect(claimReview).toMatchObject({
      claimReviewed: "unemployment is at a record low",
      url: expect.stringMatching(new RegExp(`/p/${x.w.slug}/${slug}$`)),
      reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 },
      author: { "@type": "Organization" },
    });

    // A conditional GET with the ETag is a 304.
    const again = await getPublic(`/p/${x.w.slug}/${slug}`, { "if-none-match": res.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("the validator is not a rubber stamp: a ClaimReview without its rating fails it", async () => {
    const bad = `<html><head><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "ClaimReview", url: "https://x.test/p", claimReviewed: "c" })}</script></head></html>`;
    const report = await structuredDataTest(bad, { presets: [Google], schemas: ["ClaimReview"] }).catch((e: { res: { failed: { test: string }[] } }) => e.res);
    expect(report.failed.map((f) => f.test)).toContain("ClaimReview[0].reviewRating");
  });

  it("unpublished, other workspaces' and made-up addresses are all the same 404", async () => {
    const x = await approvedWorld();
    const other = await approvedWorld();
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    // The second world's claim has the same wording but is not published.
    for (const path of [`/p/${other.w.slug}/${slug}`, `/p/${x.w.slug}/cargo-volumes-fell`, `/p/no-such-workspace/${slug}`, `/p/${x.w.slug}/${slug}/v/2`, `/p/${x.w.slug}/${slug}/v/0`, `/p/${x.w.slug}/${slug}/v/abc`, `/p/${x.w.slug}/NOT_A_SLUG`]) {
      const res = await getPublic(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body).not.toContain("record low");
    }
  });

  it("a correction goes through sign-off again; the page shows the new version, its history, and each earlier version at its own URL", async () => {
    const x = await approvedWorld();
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    const first = await getPublic(`/p/${x.w.slug}/${slug}`);
    expect(first.body).toContain("Mostly false");

    // Reopened and revised, not yet approved: the public page still shows what was approved.
    await act(x, x.w.admin, "reopen", "A reader pointed out a newer figure.");
    const s = await stateAs(x, x.w.editor);
    await createVerdict({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, claimVersion: s.claimVersion, rating: "False", summary: "DRAFT NOT APPROVED", rationale: rationale("x"), evidenceIds: [x.e1.id] });
    expect((await getPublic(`/p/${x.w.slug}/${slug}`)).body).not.toContain("DRAFT NOT APPROVED");
    // Correcting needs approval first.
    expect(await codeOf(act(x, x.w.admin, "correct", "note"))).toBe("CONFLICT");

    await act(x, x.w.editor, "submit_for_review");
    await approveAs(x, x.w.reviewer);
    expect(await codeOf(act(x, x.w.admin, "correct"))).toBe("BAD_REQUEST");
    const done = await act(x, x.w.admin, "correct", "The 5.4 percent figure was revised; the claim is false.");
    expect(done.status).toBe("CORRECTED");

    // The cache hears of the correction (pg_notify) and serves the new version.
    await expect.poll(async () => (await getPublic(`/p/${x.w.slug}/${slug}`)).body, { timeout: 10_000, interval: 100 }).toContain("DRAFT NOT APPROVED");
    const page = (await getPublic(`/p/${x.w.slug}/${slug}`)).body;
    expect(page).toContain("Corrected: rating changed from “Mostly false” to “False”.");
    expect(page).toContain("The 5.4 percent figure was revised; the claim is false.");
    const v1 = await getPublic(`/p/${x.w.slug}/${slug}/v/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toContain("You are reading version 1");
    expect(v1.body).toContain("Unemployment rose to 5.4 percent; it is not at a record low.");
    const report = await structuredDataTest(page, { presets: [Google], schemas: ["ClaimReview"] });
    expect(report.structuredData.jsonld.ClaimReview![0]).toMatchObject({ reviewRating: { alternateName: "False", ratingValue: 1 }, correction: { "@type": "CorrectionComment" } });
  });

  it("a retraction keeps the address with a notice (410), earlier versions stay readable; only owners and admins retract", async () => {
    const x = await approvedWorld();
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    await getPublic(`/p/${x.w.slug}/${slug}`);
    expect(await codeOf(retractVerdict({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "  " }))).toBe("BAD_REQUEST");
    await retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "We relied on a figure the office later withdrew." });
    await expect.poll(async () => (await getPublic(`/p/${x.w.slug}/${slug}`)).status, { timeout: 10_000, interval: 100 }).toBe(410);
    const gone = await getPublic(`/p/${x.w.slug}/${slug}`);
    expect(gone.body).toContain("This fact check was retracted");
    expect(gone.body).toContain("We relied on a figure the office later withdrew.");
    expect(gone.body).not.toContain("application/ld+json");
    expect((await getPublic(`/p/${x.w.slug}/${slug}/v/1`)).status).toBe(200);
    expect(await codeOf(retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "again" }))).toBe("CONFLICT");
  });

  it("the verdict's author hears of its publication, each correction and a retraction; the publisher does not", async () => {
    const { listMyNotifications } = await import("@/lib/server/notifications/list-my-notifications");
    const texts = async (who: { id: string }) =>
      (await listMyNotifications({ actor: actorOf(who as Parameters<typeof actorOf>[0]) })).notifications.filter((n) => n.kind === "verdict_published").map((n) => n.text);
    const x = await approvedWorld();
    await act(x, x.w.admin, "publish");
    expect(await texts(x.w.editor)).toEqual([expect.stringMatching(/published your verdict on “/)]);

    await act(x, x.w.admin, "reopen", "A newer figure.");
    const s = await stateAs(x, x.w.editor);
    await createVerdict({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, claimVersion: s.claimVersion, rating: "False", summary: "Now false.", rationale: rationale("x"), evidenceIds: [x.e1.id] });
    await act(x, x.w.editor, "submit_for_review");
    await approveAs(x, x.w.reviewer);
    await act(x, x.w.admin, "correct", "The office revised its figure.");
    expect((await texts(x.w.editor))[0]).toMatch(/published a correction of your verdict on “.*”: The office revised its figure\.$/);

    await retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "Withdrawn by the office." });
    const all = await texts(x.w.editor);
    expect(all).toHaveLength(3);
    expect(all[0]).toMatch(/retracted the public page of your verdict on “.*”: Withdrawn by the office\.$/);
    expect(await texts(x.w.admin)).toEqual([]);
  });
});
