import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/w/[slug]/review-queue/route";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";
import { actorOf, approveAs, call, ctx, requestChangesAs, reviewWorld, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("review queue", () => {
  it("shows reviewers what waits for them, until they approve; never the author's own verdict", async () => {
    const x = await reviewWorld();
    const queue = (who: { id: string }) => listReviewQueue({ actor: actorOf(who), workspaceSlug: x.w.slug });
    // Nobody was asked: anyone who can review sees it, but not its author (the editor cannot review anyway).
    expect(ids((await queue(x.w.reviewer)).waitingForMe)).toEqual([x.claim.id]);
    expect(ids((await queue(x.w.admin)).waitingForMe)).toEqual([x.claim.id]);
    expect((await queue(x.w.editor)).waitingForMe).toEqual([]);
    expect((await queue(x.w.viewer)).waitingForMe).toEqual([]);

    await approveAs(x, x.w.reviewer);
    expect((await queue(x.w.reviewer)).waitingForMe).toEqual([]);
    expect(ids((await queue(x.w.admin)).waitingForMe)).toEqual([x.claim.id]);

    // Asked of the owner only: the admin no longer sees it.
    const v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, reviewerIds: [x.w.owner.id] });
    expect((await queue(x.w.admin)).waitingForMe).toEqual([]);
    expect(ids((await queue(x.w.owner)).waitingForMe)).toEqual([x.claim.id]);
  });

  it("sends a change request back to the verdict's author, and lists overdue claims most urgent first", async () => {
    const x = await reviewWorld();
    await requestChangesAs(x, x.w.reviewer, "Add the regional figures.");
    const mine = await listReviewQueue({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug });
    expect(ids(mine.toRevise)).toEqual([x.claim.id]);
    expect((await listReviewQueue({ actor: actorOf(x.w.reviewer), workspaceSlug: x.w.slug })).toRevise).toEqual([]);

    await db.claim.update({ where: { id: x.claim.id }, data: { dueDate: new Date("2020-01-01T00:00:00Z"), assigneeId: x.w.editor.id } });
    await db.claim.update({ where: { id: x.other.id }, data: { dueDate: new Date("2021-01-01T00:00:00Z"), assigneeId: x.w.editor.id, priority: "URGENT" } });
    const overdue = (await listReviewQueue({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug })).overdue;
    expect(ids(overdue)).toEqual([x.other.id, x.claim.id]);
    // Admins see every overdue claim; a reviewer with none of them sees none.
    expect(ids((await listReviewQueue({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug })).overdue).sort()).toEqual([x.claim.id, x.other.id].sort());
    expect((await listReviewQueue({ actor: actorOf(x.w.reviewer), workspaceSlug: x.w.slug })).overdue).toEqual([]);
  });

  it("answers members through the API and strangers with 404", async () => {
    const x = await reviewWorld();
    const res = await GET(call(await tokenFor(x.w.reviewer.id), `/api/w/${x.w.slug}/review-queue`), ctx({ slug: x.w.slug }));
    expect(res.status).toBe(200);
    expect(ids(((await res.json()) as { waitingForMe: { id: string }[] }).waitingForMe)).toEqual([x.claim.id]);
    const out = await GET(call(await tokenFor(x.w.outsider.id), `/api/w/${x.w.slug}/review-queue`), ctx({ slug: x.w.slug }));
    expect(out.status).toBe(404);
  });
});
