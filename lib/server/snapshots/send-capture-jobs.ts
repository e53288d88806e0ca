import "server-only";
import { sendJob } from "@/lib/jobs/job-sender";
import { CAPTURE_SNAPSHOT_QUEUE, type TCaptureSnapshotJob } from "@/lib/jobs/queues";
import { log } from "@/lib/log";

/**
 * Sends the capture job of each PENDING snapshot, after the transaction that created them has
 * committed. Never throws: the snapshots are already saved, and one whose job could not be sent
 * is picked up by the sweeper within a couple of minutes. Resolves to how many jobs were queued
 * (a snapshot whose job is already queued or running is not queued twice).
 */
export async function sendCaptureJobs(snapshotIds: readonly string[]): Promise<number> {
  let sent = 0;
  for (const snapshotId of snapshotIds) {
    try {
      const data: TCaptureSnapshotJob = { snapshotId };
      if (await sendJob(CAPTURE_SNAPSHOT_QUEUE, data, { singletonKey: snapshotId })) sent++;
    } catch (err) {
      log.warn("snapshot job not sent; the sweeper will send it", { snapshotId, err });
    }
  }
  return sent;
}
