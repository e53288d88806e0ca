import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { DUE_REMINDERS_JOB, SCHEDULED_JOBS } from "@/lib/jobs/jobs";
import { listMyNotifications } from "@/lib/server/notifications/list-my-notifications";
import { sendDueReminders } from "@/lib/server/notifications/send-due-reminders";
import { actorOf, evidenceWorld } from "../evidence/helpers";

afterAll(async () => {
  await stopJobSender();
});

/**
 * The reminder job runs over every workspace, so this file lives in 2001: no other test's claim
 * is due then, and nothing here reaches another file's people.
 */
const NOW = new Date("2001-01-01T10:00:00Z");
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const reminders = (userId: string) => db.notification.findMany({ where: { userId, kind: { in: ["due_tomorrow", "overdue"] } }, orderBy: { createdAt: "asc" }, select: { kind: true, claimId: true, data: true } });

describe("due-date reminders", () => {
  it("is a scheduled job, not a timer in a request", () => {
    expect(SCHEDULED_JOBS.find((j) => j.name === DUE_REMINDERS_JOB)?.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it("tells the assignee once per claim and date: due tomorrow, overdue; a moved date reminds again; finished claims never", async () => {
    const x = await evidenceWorld();
    const { w, claim, other } = x;
    await db.claim.update({ where: { id: claim.id }, data: { dueDate: day("2001-01-02"), assigneeId: w.reviewer.id, status: "RESEARCHING" } });
    await db.claim.update({ where: { id: other.id }, data: { dueDate: day("2000-12-30"), assigneeId: w.reviewer.id, status: "RESEARCHING" } });

    await sendDueReminders(NOW);
    expect(await reminders(w.reviewer.id)).toEqual(
      expect.arrayContaining([
        { kind: "due_tomorrow", claimId: claim.id, data: expect.objectContaining({ dueDate: "2001-01-02" }) },
        { kind: "overdue", claimId: other.id, data: expect.objectContaining({ dueDate: "2000-12-30" }) },
      ]),
    );
    expect(await reminders(w.reviewer.id)).toHaveLength(2);
    // Run again (the next hour, or a second worker): nothing new.
    await sendDueReminders(NOW);
    await sendDueReminders(new Date(NOW.getTime() + 3_600_000));
    expect(await reminders(w.reviewer.id)).toHaveLength(2);

    // The next day the first one is overdue: one more.
    await sendDueReminders(day("2001-01-03"));
    expect((await reminders(w.reviewer.id)).map((r) => `${r.kind}:${r.claimId === claim.id ? "claim" : "other"}`).sort()).toEqual(["due_tomorrow:claim", "overdue:claim", "overdue:other"]);

    // Moving the date reminds again for the new date.
    await db.claim.update({ where: { id: other.id }, data: { dueDate: day("2001-01-01") } });
    await sendDueReminders(day("2001-01-03"));
    expect(await reminders(w.reviewer.id)).toHaveLength(4);

    // The notification reads as a sentence and links to the claim.
    const mine = await listMyNotifications({ actor: actorOf(w.reviewer) });
    expect(mine.notifications.find((n) => n.kind === "overdue")).toMatchObject({ href: `/w/${w.slug}/claims/${other.id}` });
    expect(mine.notifications.find((n) => n.kind === "due_tomorrow")!.text).toMatch(/is due tomorrow$/);
  });

  it("counts days in the workspace's time zone: in Auckland it is already tomorrow", async () => {
    const { w, claim, other } = await evidenceWorld();
    await db.workspace.update({ where: { id: w.ws.id }, data: { timeZone: "Pacific/Auckland" } });
    // 12:00 UTC on 1 January is 01:00 on 2 January in Auckland (UTC+13 in summer).
    const noonUtc = new Date("2001-01-01T12:00:00Z");
    await db.claim.update({ where: { id: claim.id }, data: { dueDate: day("2001-01-03"), assigneeId: w.reviewer.id, status: "RESEARCHING" } });
    await db.claim.update({ where: { id: other.id }, data: { dueDate: day("2001-01-01"), assigneeId: w.reviewer.id, status: "RESEARCHING" } });
    await sendDueReminders(noonUtc);
    // In UTC the first would be two days off and the second due today: neither would remind.
    expect((await reminders(w.reviewer.id)).map((r) => `${r.kind}:${r.claimId === claim.id ? "claim" : "other"}`).sort()).toEqual(["due_tomorrow:claim", "overdue:other"]);
  });

  it("approved claims and claims without an assignee remind nobody; reviewers hear while it waits for them", async () => {
    const { w, claim, other } = await evidenceWorld();
    await db.claim.update({ where: { id: claim.id }, data: { dueDate: day("2000-12-01"), assigneeId: w.target.id, status: "APPROVED" } });
    await db.claim.update({ where: { id: other.id }, data: { dueDate: day("2000-12-01"), assigneeId: null, status: "IN_REVIEW" } });
    await db.claimReviewer.create({ data: { claimId: other.id, userId: w.admin.id, workspaceId: w.ws.id } });
    await sendDueReminders(NOW);
    expect(await reminders(w.target.id)).toEqual([]);
    expect(await reminders(w.admin.id)).toEqual([{ kind: "overdue", claimId: other.id, data: expect.objectContaining({ dueDate: "2000-12-01" }) }]);
  });
});
