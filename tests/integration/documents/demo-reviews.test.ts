import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canonicalSignOff, type TSignOffInput } from "@/lib/domain/reviews/sign-off-hash";
import { sha256Hex } from "@/lib/server/reviews/compute-sign-off";
import { getReviewState } from "@/lib/server/reviews/get-review-state";
import { seedDemo } from "@/lib/server/seed/seed-demo";

describe("demo reviews", () => {
  it("shows the workflow at every stage, and every demo approval verifies against the content as it stands", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    const claims = await db.claim.findMany({
      where: { workspaceId: ws.id },
      select: { id: true, status: true, quoteExact: true, document: { select: { text: true, original: { select: { articleText: true } } } } },
    });
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(["DRAFT", "RESEARCHING", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "CORRECTED"]));

    const states = await Promise.all(
      claims.filter((c) => ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"].includes(c.status)).map(async (c) => ({
        c,
        s: await getReviewState({ actor: { userId: editor.id, via: "session" }, workspaceSlug: "demo", claimId: c.id }),
      })),
    );
    for (const { c, s } of states) {
      // Every claim past research has a verdict, and the quorum agrees with the status.
      expect(s.verdict, c.quoteExact).not.toBeNull();
      if (c.status === "IN_REVIEW") expect(s.validApprovals, c.quoteExact).toBeLessThan(2);
      // Where the article is still as imported (the integration database is shared, and the demo-seed
      // test types into one demo article), nothing changed since the seed signed it: standing
      // approvals match the content's current hash.
      if (c.document.text === c.document.original?.articleText) {
        if (c.status === "APPROVED") expect(s.validApprovals, c.quoteExact).toBeGreaterThanOrEqual(2);
        expect(s.changedSinceVerdict, c.quoteExact).toEqual([]);
        for (const r of s.reviews.filter((x) => !x.voided && x.kind === "APPROVE")) expect(r.signOffHash).toBe(s.signOffHash);
        expect(await db.textLock.count({ where: { claimId: c.id } })).toBe(c.status === "CHANGES_REQUESTED" ? 0 : 1);
      }
    }
    // One approved by two reviewers (role REVIEWER), one voided by a later edit, one with changes requested that the author sees.
    const reviewers = new Set((await db.membership.findMany({ where: { workspaceId: ws.id, role: "REVIEWER" } })).map((m) => m.userId));
    expect(states.some(({ s }) => s.status === "APPROVED" && s.reviews.filter((r) => !r.voided && r.reviewer && reviewers.has(r.reviewer.id)).length === 2)).toBe(true);
    const voided = states.find(({ s }) => s.reviews.some((r) => r.voided));
    expect(voided?.s.verdict?.version).toBe(2);
    expect(voided?.s.reviews.find((r) => r.voided)?.voided?.reason).toMatch(/summary/);
    const changes = states.find(({ s }) => s.status === "CHANGES_REQUESTED");
    expect(changes?.s.openChangeRequest?.comment).toMatch(/firefighting/);

    // Conversation: threads with mentions between demo users, one resolved, and the change request's thread.
    const comments = await db.comment.findMany({ where: { workspaceId: ws.id } });
    expect(comments.some((c) => c.mentionedIds.length > 0)).toBe(true);
    expect(comments.filter((c) => c.threadId === null && c.resolvedAt !== null)).toHaveLength(1);
    expect(comments.some((c) => c.verdictVersion !== null && /firefighting/.test(c.body))).toBe(true);

    // reviewer1 has unread notifications waiting (a mention, review requests).
    const r1 = await db.user.findUniqueOrThrow({ where: { email: "reviewer1@example.com" } });
    expect(await db.notification.count({ where: { userId: r1.id, readAt: null, kind: "mention" } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: r1.id, readAt: null, kind: "review_requested" } })).toBeGreaterThan(0);

    // Every stored review is provable: its hash is the SHA-256 of the canonical form of what it stores.
    for (const r of await db.review.findMany({ where: { workspaceId: ws.id } })) {
      expect(r.signOffHash).toBe(sha256Hex(canonicalSignOff(r.signOffInput as unknown as TSignOffInput)));
    }
  });
});
