import "server-only";
import { db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/client";
import { notify } from "./notify";

/** Claims still being worked on; approved and published ones are not "due". */
const OPEN: ClaimStatus[] = ["DRAFT", "RESEARCHING", "IN_REVIEW", "CHANGES_REQUESTED"];

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The due-date reminder job (hourly, so a worker that was down catches up within the hour): a
 * "due tomorrow" for open claims due the next day, an "overdue" for open claims past their date,
 * each once per claim and due date (a moved date reminds again). Dates are calendar days in UTC.
 * The assignee hears of it; the requested reviewers too while the claim waits in review. Each
 * claim is notified in its own transaction, so one failure does not hold up the rest.
 */
export async function sendDueReminders(now = new Date()): Promise<{ dueTomorrow: number; overdue: number }> {
  const today = new Date(`${day(now)}T00:00:00Z`);
  const tomorrow = new Date(today.getTime() + 86_400_000);
  const live = { status: { in: OPEN }, document: { deletedAt: null } };
  const [dueTomorrow, overdue] = await Promise.all([
    db.claim.findMany({ where: { ...live, dueDate: tomorrow }, select: { id: true }, take: 5000 }),
    db.claim.findMany({ where: { ...live, dueDate: { lt: today } }, select: { id: true }, take: 5000 }),
  ]);
  const sent = { dueTomorrow: 0, overdue: 0 };
  for (const { id } of dueTomorrow) sent.dueTomorrow += await remind(id, "due_tomorrow");
  for (const { id } of overdue) sent.overdue += await remind(id, "overdue");
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
