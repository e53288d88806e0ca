import { log } from "@/lib/log";
import { purgeTrashedDocuments } from "@/lib/server/documents/purge-trashed-documents";

/** A recurring background job: a pg-boss queue of the same name, sent by a cron schedule (UTC). */
export type TScheduledJob = { name: string; cron: string; run: () => Promise<unknown> };

export const PURGE_TRASH_JOB = "purge-trash";

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
];
