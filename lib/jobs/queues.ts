import type { Queue } from "pg-boss";

/**
 * On-demand queues: jobs sent by the app when something happens (a source was added), as opposed
 * to the cron-sent jobs in jobs.ts. Declared here, apart from their handlers, so the code that
 * sends a job does not load the code that runs it. Pure data; no imports of ours.
 */
export type TQueueDefinition = { name: string; options: Omit<Queue, "name"> };

/** The schema pg-boss keeps its tables in (created on first start). */
export const JOBS_SCHEMA = "pgboss";

export const CAPTURE_SNAPSHOT_QUEUE = {
  name: "capture-snapshot",
  options: {
    // One live job per snapshot (singletonKey = snapshot id): a re-send while one is queued, retrying
    // or running is a no-op, so the sweeper can re-send freely and a snapshot is never fetched twice at once.
    policy: "exclusive",
    // Transient failures (network, timeout, 5xx) come back after 20 s, 40 s, 80 s; the job marks the
    // snapshot FAILED itself on its last attempt.
    retryLimit: 3,
    retryDelay: 20,
    retryBackoff: true,
    retryDelayMax: 600,
    // Far above the fetch timeout: a job still active after this is a dead worker's, and is retried.
    expireInSeconds: 5 * 60,
  },
} as const satisfies TQueueDefinition;

export type TCaptureSnapshotJob = { snapshotId: string };

export const NOTIFICATION_MAIL_QUEUE = {
  name: "notification-mail",
  options: {
    // One live job per notification (singletonKey = its id): the sweeper may re-send freely.
    policy: "exclusive",
    // An SMTP server that is down gets 30 s, 60 s, 120 s … up to 30 min between tries, ~6 h in all.
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 1800,
    expireInSeconds: 5 * 60,
  },
} as const satisfies TQueueDefinition;

export type TNotificationMailJob = { notificationId: string };
