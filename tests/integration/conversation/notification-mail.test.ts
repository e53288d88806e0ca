import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMailSink } from "./mail-sink";

/**
 * Notification mail end to end: a real SMTP server (smtp-server) started here, the mail jobs on
 * pg-boss in a schema of this file's own with retries shortened to a second, the real actions.
 * lib/env reads SMTP_URL once per file, so it is set before anything of ours is loaded.
 */
const sink = await startMailSink();
process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`;
process.env.APP_URL = "https://factdesk.test";

const { db } = await import("@/lib/db");
const { mentionToken } = await import("@/lib/domain/conversation/comment-text");
const { stopJobSender } = await import("@/lib/jobs/job-sender");
const { NOTIFICATION_MAIL_JOB } = await import("@/lib/jobs/jobs");
const { NOTIFICATION_MAIL_QUEUE } = await import("@/lib/jobs/queues");
const { startWorker } = await import("@/lib/jobs/start-worker");
const { updateClaim } = await import("@/lib/server/claims/update-claim");
const { addComment } = await import("@/lib/server/comments/add-comment");
const { resendLostNotificationMail } = await import("@/lib/server/notifications/resend-lost-notification-mail");
const { sendNotificationDigests } = await import("@/lib/server/notifications/send-notification-digests");
const { sendNotificationMail } = await import("@/lib/server/notifications/send-notification-mail");
const { updateMyNotificationPreferences } = await import("@/lib/server/notifications/update-my-notification-preferences");
const { POST: UNSUBSCRIBE } = await import("@/app/api/unsubscribe/[token]/route");
const { actorOf, reviewWorld } = await import("../reviews/helpers");

const SCHEMA = `pgboss_mail_${randomUUID().slice(0, 8)}`;
const FAST_MAIL = { ...NOTIFICATION_MAIL_JOB, queue: { ...NOTIFICATION_MAIL_QUEUE, options: { ...NOTIFICATION_MAIL_QUEUE.options, retryDelay: 1, retryDelayMax: 1 } } };
const worker = await startWorker({ schema: SCHEMA, jobs: [], queues: [FAST_MAIL] });

afterAll(async () => {
  await worker.stop();
  await stopJobSender();
  await sink.close();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
});

beforeEach(() => {
  sink.failing = false;
  sink.delayMs = 0;
});

const mention = (who: { id: string }, text: string) => `${mentionToken({ id: who.id, name: "Someone" })} ${text}`;
const notificationOf = (userId: string, claimId: string, kind: string) => db.notification.findFirstOrThrow({ where: { userId, claimId, kind }, orderBy: { createdAt: "desc" } });
/** A raw header's value (mailparser folds List-* headers into a structure of its own). */
const headerOf = (mail: { headerLines: readonly { key: string; line: string }[] }, key: string) => {
  const line = mail.headerLines.find((h) => h.key === key)?.line ?? "";
  return line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
};
const settle = () => new Promise((r) => setTimeout(r, 1500));
/** Tomorrow at hh:30 UTC: after everything a test wrote today, at a known hour. */
const tomorrowAt = (hourUtc: number) => {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hourUtc, 30, 0, 0);
  return d;
};

describe("mail for notifications", () => {
  it("a mention is mailed to the person mentioned at once, once, with the claim, a link and a one-click unsubscribe", async () => {
    const x = await reviewWorld({ submit: false });
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.reviewer, "is source 2 <b>paywalled</b>? javascript:alert(1)") });
    await expect.poll(() => sink.to(x.w.reviewer.email).length, { timeout: 15_000, interval: 100 }).toBe(1);
    const mail = sink.to(x.w.reviewer.email)[0]!;
    expect(mail.subject).toMatch(/mentioned you on/);
    expect(mail.text).toContain(x.claim.text);
    expect(mail.text).toContain(`https://factdesk.test/w/${x.w.slug}/claims/${x.claim.id}`);
    // User-written text is escaped in the HTML twin: no tag of the comment's becomes markup.
    expect(mail.html).not.toContain("<b>paywalled");
    expect(mail.html).toContain("&#60;b&#62;paywalled");
    expect(headerOf(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headerOf(mail, "list-unsubscribe")).toMatch(/^<https:\/\/factdesk\.test\/api\/unsubscribe\/[^>]+>$/);
    expect(mail.text).toMatch(/Stop these mails \(someone mentions me\): https:\/\/factdesk\.test\/unsubscribe\//);
    const n = await notificationOf(x.w.reviewer.id, x.claim.id, "mention");
    expect(n.emailMode).toBe("immediate");
    expect(n.emailedAt).not.toBeNull();
    expect(mail.messageId).toBe(`<notification-${n.id}@factdesk.test>`);
    // The author and the others hear nothing by mail.
    expect(sink.to(x.w.editor.email)).toEqual([]);
    expect(sink.to(x.w.admin.email)).toEqual([]);

    // Never twice: the job again, and the sweeper's re-send, find it mailed.
    expect(await sendNotificationMail({ notificationId: n.id })).toMatchObject({ status: "SKIPPED" });
    await resendLostNotificationMail(new Date(Date.now() + 10 * 60_000));
    await settle();
    expect(sink.to(x.w.reviewer.email)).toHaveLength(1);
  });

  it("two deliveries of one notification at once (a re-send while the first is still talking to a slow server) mail it once", async () => {
    const x = await reviewWorld({ submit: false });
    sink.failing = true; // keep the queued job from sending before the race is set up
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.reviewer, "race") });
    const n = await notificationOf(x.w.reviewer.id, x.claim.id, "mention");
    sink.failing = false;
    sink.delayMs = 1_000;
    const results = await Promise.all([sendNotificationMail({ notificationId: n.id }), sendNotificationMail({ notificationId: n.id }), sendNotificationMail({ notificationId: n.id })]);
    // The queued job's retry may be one of the senders too; whoever wins, exactly one mail.
    expect(results.filter((r) => r.status === "SENT").length).toBeLessThanOrEqual(1);
    await expect.poll(() => sink.to(x.w.reviewer.email).length, { timeout: 15_000, interval: 100 }).toBe(1);
    await expect.poll(async () => (await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt, { timeout: 15_000, interval: 100 }).not.toBeNull();
    await settle();
    expect(sink.to(x.w.reviewer.email)).toHaveLength(1);
  });

  it("with the SMTP server down the action succeeds; the job retries and the mail goes out once when it is back", async () => {
    const x = await reviewWorld({ submit: false });
    sink.failing = true;
    const before = sink.attempts;
    const { comment } = await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.reviewer, "can you take this one?") });
    expect(comment.id).toBeTruthy();
    await expect.poll(() => sink.attempts - before, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(2);
    const n = await notificationOf(x.w.reviewer.id, x.claim.id, "mention");
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt).toBeNull();
    sink.failing = false;
    await expect.poll(() => sink.to(x.w.reviewer.email).length, { timeout: 15_000, interval: 100 }).toBe(1);
    await settle();
    expect(sink.to(x.w.reviewer.email)).toHaveLength(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt).not.toBeNull();
  });

  it("someone removed from the workspace before the mail goes out gets none", async () => {
    const x = await reviewWorld({ submit: false });
    sink.failing = true;
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.reviewer, "please look") });
    const n = await notificationOf(x.w.reviewer.id, x.claim.id, "mention");
    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: x.w.ws.id, userId: x.w.reviewer.id } } });
    sink.failing = false;
    await expect.poll(async () => (await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt, { timeout: 15_000, interval: 100 }).not.toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailMode).toBeNull();
    expect(sink.to(x.w.reviewer.email)).toEqual([]);
  });

  it("kinds in the digest are mailed once a day, together, unread ones only; a second run sends nothing", async () => {
    const x = await reviewWorld({ submit: false });
    await updateMyNotificationPreferences({ actor: actorOf(x.w.target), preferences: { assigned: "email" } });
    let v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, assigneeId: x.w.target.id });
    // The reviewer keeps the default (assignments in the app only): no mail for them.
    v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, assigneeId: x.w.reviewer.id });
    expect(await notificationOf(x.w.target.id, x.claim.id, "assigned")).toMatchObject({ emailMode: "digest", emailedAt: null });
    await settle();
    expect(sink.to(x.w.target.email)).toEqual([]);

    // Not yet at 06:30 UTC (the target keeps the default zone, UTC); at 07:30 it goes.
    await sendNotificationDigests(tomorrowAt(6));
    expect(sink.to(x.w.target.email)).toEqual([]);
    await sendNotificationDigests(tomorrowAt(7));
    const mails = sink.to(x.w.target.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/1 update for you/);
    expect(mails[0]!.text).toContain("assigned you");
    expect(mails[0]!.text).toContain(`/w/${x.w.slug}/claims/${x.claim.id}`);
    expect(sink.to(x.w.reviewer.email)).toEqual([]);
    await sendNotificationDigests(tomorrowAt(7));
    expect(sink.to(x.w.target.email)).toHaveLength(1);
  });

  it("the digest comes at 07:00 in the person's own time zone", async () => {
    const x = await reviewWorld({ submit: false });
    await db.user.update({ where: { id: x.w.target.id }, data: { timeZone: "Asia/Kolkata" } }); // UTC+5:30, no daylight saving
    await updateMyNotificationPreferences({ actor: actorOf(x.w.target), preferences: { assigned: "email" } });
    const v = (await db.claim.findUniqueOrThrow({ where: { id: x.claim.id } })).version;
    await updateClaim({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, version: v, assigneeId: x.w.target.id });
    await sendNotificationDigests(tomorrowAt(7)); // 13:00 in Kolkata
    expect(sink.to(x.w.target.email)).toEqual([]);
    await sendNotificationDigests(tomorrowAt(1)); // 07:00 in Kolkata
    expect(sink.to(x.w.target.email)).toHaveLength(1);
  });

  it("the unsubscribe link stops that kind's mail (still in the app); a forged link is a 404", async () => {
    const x = await reviewWorld({ submit: false });
    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.admin, "first") });
    await expect.poll(() => sink.to(x.w.admin.email).length, { timeout: 15_000, interval: 100 }).toBe(1);
    const header = headerOf(sink.to(x.w.admin.email)[0]!, "list-unsubscribe");
    const url = /<([^>]+)>/.exec(header)?.[1] ?? "";
    expect(url).toMatch(/^https:\/\/factdesk\.test\/api\/unsubscribe\//);
    const token = url.split("/").pop()!;

    const forged = `${token.slice(0, -2)}xx`;
    const bad = await UNSUBSCRIBE(new Request(`https://factdesk.test/api/unsubscribe/${forged}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token: forged }) });
    expect(bad.status).toBe(404);

    // RFC 8058: the mail client posts without a session.
    const res = await UNSUBSCRIBE(new Request(`https://factdesk.test/api/unsubscribe/${token}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unsubscribed: ["mention"] });
    expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: x.w.admin.id, kind: "mention" } } })).toMatchObject({ channel: "in_app" });

    await addComment({ workspaceSlug: x.w.slug, claimId: x.claim.id, actor: actorOf(x.w.editor), body: mention(x.w.admin, "second") });
    const second = await notificationOf(x.w.admin.id, x.claim.id, "mention");
    expect(second.emailMode).toBeNull();
    await settle();
    expect(sink.to(x.w.admin.email)).toHaveLength(1);
  });
});
