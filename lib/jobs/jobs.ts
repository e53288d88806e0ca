import type { JobWithMetadata } from "pg-boss";
import { isUuid } from "@/lib/domain/ids";
import { log } from "@/lib/log";
import { purgeTrashedDocuments } from "@/lib/server/documents/purge-trashed-documents";
import { captureSnapshot } from "@/lib/server/snapshots/capture-snapshot";
import { resendLostSnapshots } from "@/lib/server/snapshots/resend-lost-snapshots";
import { CAPTURE_SNAPSHOT_QUEUE, type TCaptureSnapshotJob, type TQueueDefinition } from "./queues";

/** A recurring background job: a pg-boss queue of the same name, sent by a cron schedule (UTC). */
export type TScheduledJob = { name: string; cron: string; run: () => Promise<unknown> };

/**
 * An on-demand job: the app sends it (lib/jobs/job-sender.ts) when something happens. `run` gets
 * the job with its retry count; throwing makes pg-boss retry it with the queue's backoff.
 */
export type TQueueJob = {
  queue: TQueueDefinition;
  /** Jobs of this queue one worker runs at once. */
  concurrency: number;
  run: (job: JobWithMetadata<unknown>) => Promise<unknown>;
};

export const PURGE_TRASH_JOB = "purge-trash";
export const RESEND_LOST_SNAPSHOTS_JOB = "resend-lost-snapshots";

export const SCHEDULED_JOBS: readonly TScheduledJob[] = [
  {
    // Hourly, so a document leaves the database within the hour after its 30 days; reads already
    // treat it as gone from the moment they are up, so the exact hour does not matter.
    name: PURGE_TRASH_JOB,
    cron: "23 * * * *",
    run: async () => {
      const { purged } = await purgeTrashedDocuments();
      if (purged > 0) log.info("purged trashed documents", { purged });
      return { purged };
    },
  },
  {
    // Every minute: a capture job lost between a commit and its send waits at most ~2 minutes.
    name: RESEND_LOST_SNAPSHOTS_JOB,
    cron: "* * * * *",
    run: async () => {
      const result = await resendLostSnapshots();
      if (result.resent > 0 || result.gaveUp > 0) log.info("re-sent lost snapshot jobs", result);
      return result;
    },
  },
];

function isCaptureJob(data: unknown): data is TCaptureSnapshotJob {
  return !!data && typeof data === "object" && typeof (data as TCaptureSnapshotJob).snapshotId === "string" && isUuid((data as TCaptureSnapshotJob).snapshotId);
}

export const CAPTURE_SNAPSHOT_JOB: TQueueJob = {
  queue: CAPTURE_SNAPSHOT_QUEUE,
  // Fetching is waiting on other servers, not work for our CPU.
  concurrency: 4,
  run: async (job) => {
    if (!isCaptureJob(job.data)) return { status: "SKIPPED" };
    const result = await captureSnapshot({ snapshotId: job.data.snapshotId, finalAttempt: job.retryCount >= job.retryLimit });
    // pg-boss retries a job that throws, after the queue's backoff.
    if (result.status === "RETRY") throw new Error(result.error);
    return result;
  },
};

export const QUEUE_JOBS: readonly TQueueJob[] = [CAPTURE_SNAPSHOT_JOB];
