import "server-only";
import { db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import { addDays, DEFAULT_TIME_ZONE, isTimeZone, localDay } from "@/lib/domain/time-zone";
import { notify } from "./notify";

/** Claims still being worked on; approved and published ones are not "due". */
const OPEN: ClaimStatus[] = ["DRAFT", "RESEARCHING", "IN_REVIEW", "CHANGES_REQUESTED"];

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The due-date reminder job (hourly, so a worker that was down catches up within the hour): a
 * "due tomorrow" for open claims due the next day, an "overdue" for open claims past their date,
 * each once per claim and due date (a moved date reminds again). "Today" is the calendar day in
 * the workspace's time zone (its setting; UTC by default), so a newsroom in Auckland hears "due
 * tomorrow" on its own today. The assignee hears of it; the requested reviewers too while the
 * claim waits in review. Each claim is notified in its own transaction, so one failure does not
 * hold up the rest.
 */
export async function sendDueReminders(now = new Date()): Promise<{ dueTomorrow: number; overdue: number }> {
  // Every zone's today lies within a day of UTC's, so its tomorrow is at most two days ahead.
  const horizon = new Date(`${addDays(day(now), 2)}T00:00:00Z`);
  const candidates = await db.claim.findMany({
    where: { status: { in: OPEN }, document: { deletedAt: null }, dueDate: { lte: horizon } },
    select: { id: true, dueDate: true, workspace: { select: { timeZone: true } } },
    orderBy: { dueDate: "asc" },
    take: 10_000,
  });
  const sent = { dueTomorrow: 0, overdue: 0 };
  for (const c of candidates) {
    const today = localDay(now, isTimeZone(c.workspace.timeZone) ? c.workspace.timeZone : DEFAULT_TIME_ZONE);
    const due = day(c.dueDate!);
    if (due === addDays(today, 1)) sent.dueTomorrow += await remind(c.id, "due_tomorrow");
    else if (due < today) sent.overdue += await remind(c.id, "overdue");
  }
  return sent;
}

async function remind(claimId: string, kind: "due_tomorrow" | "overdue"): Promise<number> {
  return db.$transaction(async (tx) => {
    // The claim's row lock: two workers (or a re-run) never remind twice.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { workspaceId: true, status: true, dueDate: true, assigneeId: true, reviewers: { select: { userId: true } } } });
    if (!claim?.dueDate || !OPEN.includes(claim.status)) return 0;
    const dueDate = day(claim.dueDate);
    const already = await tx.notification.findFirst({ where: { claimId, kind, data: { path: ["dueDate"], equals: dueDate } }, select: { id: true } });
    if (already) return 0;
    const reviewerIds = claim.status === "IN_REVIEW" ? claim.reviewers.map((r) => r.userId) : [];
    // With nobody to tell (no assignee yet) nothing is written, so a later assignee still hears of it.
    return notify(tx, { workspaceId: claim.workspaceId, claimId, event: { kind, assigneeId: claim.assigneeId, reviewerIds }, data: { dueDate } });
  });
}
