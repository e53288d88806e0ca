import type { JobWithMetadata } from "pg-boss";
import { isUuid } from "@/lib/domain/ids";
import { log } from "@/lib/log";
import { purgeTrashedDocuments } from "@/lib/server/documents/purge-trashed-documents";
import { resendLostNotificationMail } from "@/lib/server/notifications/resend-lost-notification-mail";
import { sendDueReminders } from "@/lib/server/notifications/send-due-reminders";
import { sendNotificationDigests } from "@/lib/server/notifications/send-notification-digests";
import { sendNotificationMail } from "@/lib/server/notifications/send-notification-mail";
import { captureSnapshot } from "@/lib/server/snapshots/capture-snapshot";
import { resendLostSnapshots } from "@/lib/server/snapshots/resend-lost-snapshots";
import { CAPTURE_SNAPSHOT_QUEUE, NOTIFICATION_MAIL_QUEUE, type TCaptureSnapshotJob, type TNotificationMailJob, type TQueueDefinition } from "./queues";

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
export const RESEND_LOST_NOTIFICATION_MAIL_JOB = "resend-lost-notification-mail";
export const NOTIFICATION_DIGEST_JOB = "notification-digest";
export const DUE_REMINDERS_JOB = "due-reminders";

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
  {
    // Mail jobs skipped at notify time (queue not ready) or lost; every five minutes is soon enough.
    name: RESEND_LOST_NOTIFICATION_MAIL_JOB,
    cron: "*/5 * * * *",
    run: async () => {
      const result = await resendLostNotificationMail();
      if (result.resent > 0 || result.gaveUp > 0) log.info("re-sent lost notification mail jobs", result);
      return result;
    },
  },
  {
    // Hourly: each person's digest goes out when it is 07:00 where they are (their time zone).
    name: NOTIFICATION_DIGEST_JOB,
    cron: "0 * * * *",
    run: () => sendNotificationDigests(),
  },
  {
    // Hourly, so a worker that was down catches up; each reminder is sent once per claim and date.
    name: DUE_REMINDERS_JOB,
    cron: "17 * * * *",
    run: () => sendDueReminders(),
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

function isNotificationMailJob(data: unknown): data is TNotificationMailJob {
  return !!data && typeof data === "object" && isUuid((data as TNotificationMailJob).notificationId);
}

export const NOTIFICATION_MAIL_JOB: TQueueJob = {
  queue: NOTIFICATION_MAIL_QUEUE,
  concurrency: 2,
  // An SMTP failure throws out of sendNotificationMail: pg-boss retries with the queue's backoff.
  run: async (job) => (isNotificationMailJob(job.data) ? sendNotificationMail({ notificationId: job.data.notificationId }) : { status: "SKIPPED" }),
};

export const QUEUE_JOBS: readonly TQueueJob[] = [CAPTURE_SNAPSHOT_JOB, NOTIFICATION_MAIL_JOB];
