import "server-only";
import { db } from "@/lib/db";
import { CAPTURE_SNAPSHOT_QUEUE } from "@/lib/jobs/queues";
import { sendCaptureJobs } from "./send-capture-jobs";

/** A PENDING snapshot this old has had time to get its job; if it has none, the job was lost. */
export const LOST_AFTER_MS = 60_000;
/** Attempts after which a snapshot stuck in PENDING is given up (its job keeps dying before finishing). */
export const MAX_CAPTURE_ATTEMPTS = CAPTURE_SNAPSHOT_QUEUE.options.retryLimit + 2;
const BATCH = 200;

/**
 * The sweeper (every minute): re-sends the capture job of PENDING snapshots older than a minute.
 * The queue keeps one live job per snapshot, so re-sending one whose job is still queued, waiting
 * for a retry or running does nothing; only a job lost between a commit and its send (a crash, the
 * database briefly away) is queued again. A snapshot that keeps dying without a result (a worker
 * killed mid-fetch, over and over) is marked FAILED instead of re-sent forever.
 * `workspaceId` narrows it to one workspace (tests run it beside each other's data).
 */
export async function resendLostSnapshots(input: { now?: Date; workspaceId?: string } = {}): Promise<{ resent: number; gaveUp: number }> {
  const now = input.now ?? new Date();
  const scope = input.workspaceId ? { workspaceId: input.workspaceId } : {};
  const olderThan = new Date(now.getTime() - LOST_AFTER_MS);
  // The last attempt's own reason (a timeout, a 503…) is kept when there is one.
  const gaveUp = await db.$executeRaw`
    UPDATE "SourceSnapshot"
    SET "status" = 'FAILED', "fetchedAt" = ${now},
        "errorCode" = COALESCE("errorCode", 'NETWORK'),
        "error" = 'The page could not be captured after several attempts'
          || COALESCE(' (last: ' || "error" || ')', '') || '. Try fetching it again later.'
    WHERE "status" = 'PENDING' AND "createdAt" < ${olderThan} AND "attempts" >= ${MAX_CAPTURE_ATTEMPTS}
      AND (${input.workspaceId ?? null}::uuid IS NULL OR "workspaceId" = ${input.workspaceId ?? null}::uuid)`;
  const lost = await db.sourceSnapshot.findMany({
    where: { ...scope, status: "PENDING", createdAt: { lt: olderThan } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  const resent = await sendCaptureJobs(lost.map((s) => s.id));
  return { resent, gaveUp };
}
