import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { CAPTURE_SNAPSHOT_JOB, RESEND_LOST_SNAPSHOTS_JOB, SCHEDULED_JOBS, type TQueueJob } from "@/lib/jobs/jobs";
import { CAPTURE_SNAPSHOT_QUEUE } from "@/lib/jobs/queues";
import { startWorker, type TWorker } from "@/lib/jobs/start-worker";
import { MAX_CAPTURE_ATTEMPTS, resendLostSnapshots } from "@/lib/server/snapshots/resend-lost-snapshots";
import { sendCaptureJobs } from "@/lib/server/snapshots/send-capture-jobs";
import { article, snapshotRow, testSite, urlSource, workspaceWithEveryRole, type TTestSite, type TWorld } from "./helpers";

/**
 * The capture queue end to end: pg-boss in a schema of this file's own (so no other file's worker
 * takes these jobs, and this worker takes no one else's), retries shortened to a second.
 */

const SCHEMA = `pgboss_snap_${randomUUID().slice(0, 8)}`;
const FAST_CAPTURE: TQueueJob = { ...CAPTURE_SNAPSHOT_JOB, queue: { ...CAPTURE_SNAPSHOT_QUEUE, options: { ...CAPTURE_SNAPSHOT_QUEUE.options, retryDelay: 1, retryDelayMax: 2 } } };
const PAGE = article("Worker page", [
  "The council approved the new budget on Tuesday after a debate that lasted more than six hours.",
  "Opposition members said the spending plan relied on optimistic forecasts of tax revenue next year.",
]);

let site: TTestSite;
let w: TWorld;
const workers: TWorker[] = [];

const start = async () => {
  const worker = await startWorker({ schema: SCHEMA, jobs: [], queues: [FAST_CAPTURE] });
  workers.push(worker);
  return worker;
};
const statusOf = async (id: string) => (await snapshotRow(id)).status;

beforeAll(async () => {
  site = await testSite();
  w = await workspaceWithEveryRole();
});
afterAll(async () => {
  for (const worker of workers) await worker.stop().catch(() => undefined);
  await stopJobSender();
  await site.close();
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
});

describe("the capture queue", () => {
  it("the worker captures a snapshot whose job was sent after its commit", async () => {
    const worker = await start();
    try {
      site.page("/sent", PAGE);
      const { snapshotId } = await urlSource(w, site.url("/sent"));
      expect(await sendCaptureJobs([snapshotId])).toBe(1);
      // A second send while the job is alive is refused by the queue: one live job per snapshot.
      expect(await sendCaptureJobs([snapshotId])).toBe(0);
      await expect.poll(() => statusOf(snapshotId), { timeout: 20_000, interval: 200 }).toBe("OK");
      expect(site.hits("/sent")).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it("retries a transient failure with backoff, then succeeds; the row counts the attempts", async () => {
    const worker = await start();
    try {
      let calls = 0;
      site.route("/flaky", (_req, res) => {
        calls++;
        if (calls === 1) return void res.writeHead(503, { "content-type": "text/html" }).end("busy");
        res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      });
      const { snapshotId } = await urlSource(w, site.url("/flaky"));
      await sendCaptureJobs([snapshotId]);
      await expect.poll(() => snapshotRow(snapshotId), { timeout: 25_000, interval: 250 }).toMatchObject({ attempts: 1, status: "PENDING", errorCode: "HTTP_ERROR" });
      await expect.poll(() => statusOf(snapshotId), { timeout: 25_000, interval: 250 }).toBe("OK");
      expect(await snapshotRow(snapshotId)).toMatchObject({ status: "OK", attempts: 2, errorCode: null, error: null });
    } finally {
      await worker.stop();
    }
  });

  it("a job survives a worker restart: sent, the worker stops before running it, a new worker completes it", async () => {
    site.page("/restart", PAGE);
    const { snapshotId } = await urlSource(w, site.url("/restart"));
    const first = await start();
    // Due in 2 s: the first worker is gone by then.
    await first.boss.send(CAPTURE_SNAPSHOT_QUEUE.name, { snapshotId }, { singletonKey: snapshotId, startAfter: 2 });
    await first.stop();
    expect(await statusOf(snapshotId)).toBe("PENDING");
    expect(site.hits("/restart")).toBe(0);
    const second = await start();
    try {
      await expect.poll(() => statusOf(snapshotId), { timeout: 20_000, interval: 250 }).toBe("OK");
      expect(site.hits("/restart")).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it("the sweeper re-sends a job lost between commit and send, never one still alive, and gives up on one that keeps dying", async () => {
    const worker = await start();
    try {
      site.page("/lost", PAGE);
      site.page("/alive", PAGE);
      const lost = await urlSource(w, site.url("/lost"));
      const alive = await urlSource(w, site.url("/alive"));
      const young = await urlSource(w, site.url("/lost?young"));
      const dying = await urlSource(w, site.url("/lost?dying"));
      const twoMinutesAgo = new Date(Date.now() - 120_000);
      await db.sourceSnapshot.updateMany({ where: { id: { in: [lost.snapshotId, alive.snapshotId, dying.snapshotId] } }, data: { createdAt: twoMinutesAgo } });
      await db.sourceSnapshot.update({ where: { id: dying.snapshotId }, data: { attempts: MAX_CAPTURE_ATTEMPTS, errorCode: "TIMEOUT", error: "The page took longer than 15 s to respond." } });
      // Alive: its job is queued (due later), so the sweeper must not add a second one.
      await worker.boss.send(CAPTURE_SNAPSHOT_QUEUE.name, { snapshotId: alive.snapshotId }, { singletonKey: alive.snapshotId, startAfter: 600 });

      expect(await resendLostSnapshots({ workspaceId: w.ws.id })).toEqual({ resent: 1, gaveUp: 1 });
      await expect.poll(() => statusOf(lost.snapshotId), { timeout: 20_000, interval: 250 }).toBe("OK");
      expect(await statusOf(young.snapshotId)).toBe("PENDING");
      expect(await statusOf(alive.snapshotId)).toBe("PENDING");
      const gaveUp = await snapshotRow(dying.snapshotId);
      expect(gaveUp).toMatchObject({ status: "FAILED", errorCode: "TIMEOUT" });
      expect(gaveUp.error).toMatch(/after several attempts \(last: The page took longer than 15 s to respond\.\)/);
      expect(await resendLostSnapshots({ workspaceId: w.ws.id })).toEqual({ resent: 0, gaveUp: 0 });
    } finally {
      await worker.stop();
    }
  });

  it("the sweeper runs every minute in the default worker", () => {
    expect(SCHEDULED_JOBS.find((j) => j.name === RESEND_LOST_SNAPSHOTS_JOB)).toMatchObject({ cron: "* * * * *" });
  });
});
