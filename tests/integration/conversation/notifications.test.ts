import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/me/notifications/route";
import { POST as READ } from "@/app/api/me/notifications/read/route";
import { db } from "@/lib/db";
import { mentionToken } from "@/lib/domain/conversation/comment-text";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { actorOf, approveAs, call, rationale, requestChangesAs, reviewWorld, stateAs, tokenFor } from "../reviews/helpers";

afterAll(async () => {
  await stopJobSender();
});

const kinds = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);

describe("in-app notifications", () => {
  it("a mention notifies the member mentioned, never the author, never a non-member", async () => {
    const x = await reviewWorld({ submit: false });
    const body = `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} and ${mentionToken({ id: x.w.editor.id, name: "Me" })} and ${mentionToken({ id: x.w.outsider.id, name: "Out" })}: is the quote right?`;
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body });
    expect(await kinds(x.w.reviewer.id)).toEqual(["mention"]);
    expect(await kinds(x.w.editor.id)).toEqual([]);
    expect(await kinds(x.w.outsider.id)).toEqual([]);
    const mine = await listMyNotifications({ actor: actorOf(x.w.reviewer) });
    expect(mine.unread).toBe(1);
    expect(mine.notifications[0]).toMatchObject({ kind: "mention", read: false, href: `/w/${x.w.slug}/claims/${x.claim.id}`, workspace: { slug: x.w.slug } });
    expect(mine.notifications[0]!.text).toMatch(/mentioned you on “Unemployment|mentioned you on “unemployment/i);
    expect(mine.notifications[0]!.text).toContain("is the quote right?");
  });

  it("the review workflow notifies: review requested, changes requested, approved, approvals voided", async () => {
    const x = await reviewWorld({ submit: false });
    const v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, reviewerIds: [x.w.reviewer.id, x.w.admin.id], assigneeId: x.w.target.id });
    expect(await kinds(x.w.reviewer.id)).toEqual(["review_requested"]);
    expect(await kinds(x.w.target.id)).toEqual(["assigned"]);

    const s = await stateAs(x, x.w.editor);
    const { moveClaim } = await import("@/lib/server/reviews/move-claim");
    await moveClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, action: "submit_for_review", claimVersion: s.claimVersion });
    expect(await kinds(x.w.reviewer.id)).toEqual(["review_requested", "review_requested"]);

    await requestChangesAs(x, x.w.reviewer, "Cite the bulletin.");
    expect(await kinds(x.w.editor.id)).toEqual(["changes_requested"]);
    const s2 = await stateAs(x, x.w.editor);
    const v2 = await createVerdict({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, claimVersion: s2.claimVersion, rating: "False", summary: "It rose.", rationale: rationale("Bulletin."), evidenceIds: [x.e1.id] });
    await moveClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, action: "submit_for_review", claimVersion: v2.claimVersion });
    await approveAs(x, x.w.reviewer);
    await approveAs(x, x.w.admin);
    expect(await kinds(x.w.editor.id)).toEqual(["changes_requested", "verdict_approved"]);
    expect((await listMyNotifications({ actor: actorOf(x.w.editor) })).notifications[0]!.text).toMatch(/is approved \(2 of 2 approvals\)$/);

    // A later edit voids the approvals: the author hears of it.
    const s3 = await stateAs(x, x.w.admin);
    await createVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, claimVersion: s3.claimVersion, rating: "False", summary: "It rose to 5.4 percent.", rationale: rationale("Bulletin."), evidenceIds: [x.e1.id] });
    expect(await kinds(x.w.editor.id)).toContain("approval_voided");
  });

  it("nobody reads or marks another's notifications; a removed member stops seeing the workspace's", async () => {
    const x = await reviewWorld({ submit: false });
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} look` });
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: x.w.reviewer.id } });
    expect(await markNotificationsRead({ actor: actorOf(x.w.admin), ids: [theirs.id] })).toEqual({ marked: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    const adminList = await GET(call(await tokenFor(x.w.admin.id), "/api/me/notifications"), { params: Promise.resolve({}) });
    expect(((await adminList.json()) as { notifications: unknown[] }).notifications).toEqual([]);

    const res = await READ(call(await tokenFor(x.w.reviewer.id), "/api/me/notifications/read", { method: "POST", json: { all: true } }), { params: Promise.resolve({}) });
    expect(await res.json()).toEqual({ marked: 1 });
    expect((await listMyNotifications({ actor: actorOf(x.w.reviewer) })).unread).toBe(0);
    const bad = await READ(call(await tokenFor(x.w.reviewer.id), "/api/me/notifications/read", { method: "POST", json: { all: true, ids: [theirs.id] } }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);

    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} again` });
    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: x.w.ws.id, userId: x.w.reviewer.id } } });
    expect((await listMyNotifications({ actor: actorOf(x.w.reviewer) })).notifications).toEqual([]);
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} once more` });
    expect(await db.notification.count({ where: { userId: x.w.reviewer.id } })).toBe(2);
  });
});

describe("my work", () => {
  it("gathers, across workspaces, what is assigned to me, what waits for my review and the open threads that mention me", async () => {
    const { getMyWork } = await import("@/lib/server/work/get-my-work");
    const { GET: WORK } = await import("@/app/api/me/work/route");
    const x = await reviewWorld();
    const v = (await db.claim.findUniqueOrThrow({ where: { id: x.other.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.other.id, version: v, assigneeId: x.w.reviewer.id, dueDate: "2020-01-01" });
    const { comment } = await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} can you review?` });

    const work = await getMyWork({ actor: actorOf(x.w.reviewer) });
    expect(work.reviews.map((c) => c.id)).toEqual([x.claim.id]);
    expect(work.assigned.map((c) => [c.id, c.workspace.slug])).toEqual([[x.other.id, x.w.slug]]);
    expect(work.mentions.map((m) => m.commentId)).toEqual([comment.id]);
    expect(work.counts).toEqual({ assigned: 1, reviews: 1, mentions: 1, overdue: 1 });

    // A resolved thread's mention is no longer open; the editor's own work holds none of this.
    const { setThreadResolved } = await import("@/lib/server/comments/set-thread-resolved");
    await setThreadResolved({ workspaceSlug: x.w.slug, threadId: comment.id, resolved: true, actor: actorOf(x.w.editor) });
    expect((await getMyWork({ actor: actorOf(x.w.reviewer) })).mentions).toEqual([]);
    const res = await WORK(call(await tokenFor(x.w.editor.id), "/api/me/work"), { params: Promise.resolve({}) });
    expect(((await res.json()) as { counts: unknown }).counts).toEqual({ assigned: 0, reviews: 0, mentions: 0, overdue: 0 });
  });
});

describe("notification preferences", () => {
  it("a kind turned off reaches nobody who chose so; others still hear; bad choices are a 400", async () => {
    const { updateMyNotificationPreferences } = await import("@/lib/server/notifications/update-my-notification-preferences");
    const { PUT } = await import("@/app/api/me/notification-preferences/route");
    const x = await reviewWorld({ submit: false });
    const prefs = await updateMyNotificationPreferences({ actor: actorOf(x.w.reviewer), preferences: { mention: "off" } });
    // review_requested's default is in the app and by mail.
    expect(prefs.preferences).toMatchObject({ mention: "off", review_requested: "email", assigned: "in_app" });
    const body = `${mentionToken({ id: x.w.reviewer.id, name: "Rev" })} ${mentionToken({ id: x.w.admin.id, name: "Adm" })} look`;
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body });
    expect(await kinds(x.w.reviewer.id)).toEqual([]);
    expect(await kinds(x.w.admin.id)).toEqual(["mention"]);
    const token = await tokenFor(x.w.reviewer.id);
    for (const json of [
      { preferences: { mention: "carrier-pigeon" } },
      { preferences: { party: "off" } },
      { preferences: {} },
      { preferences: { mention: "off" }, userId: x.w.admin.id },
      { timeZone: "Mars/Olympus_Mons" },
      { timeZone: 7 },
    ]) {
      const res = await PUT(call(token, "/api/me/notification-preferences", { method: "PUT", json }), { params: Promise.resolve({}) });
      expect(res.status).toBe(400);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: x.w.reviewer.id } })).timeZone).toBeNull();

    // The digest's time zone: a known zone, then back to UTC with null; only the caller's own.
    const set = await PUT(call(token, "/api/me/notification-preferences", { method: "PUT", json: { timeZone: "America/Sao_Paulo" } }), { params: Promise.resolve({}) });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ timeZone: "America/Sao_Paulo", preferences: { mention: "off" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: x.w.admin.id } })).timeZone).toBeNull();
    const reset = await PUT(call(token, "/api/me/notification-preferences", { method: "PUT", json: { timeZone: null } }), { params: Promise.resolve({}) });
    expect(await reset.json()).toMatchObject({ timeZone: null });
  });
});
