import { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { registerJobSender, unregisterJobSender } from "./job-sender";
import { QUEUE_JOBS, SCHEDULED_JOBS, type TQueueJob, type TScheduledJob } from "./jobs";
import { JOBS_SCHEMA } from "./queues";

export type TWorker = { boss: PgBoss; stop: () => Promise<void> };

/**
 * The background worker: pg-boss in PostgreSQL (its own `pgboss` schema, created on first start),
 * running the scheduled jobs (cron) and the on-demand queues (jobs the app sends, such as
 * capturing a source). Several workers may run against one database: pg-boss sends each cron
 * occurrence once and hands each job to one worker. Runs inside `npm run dev`/`npm start` and alone
 * as `npm run worker`. The process's job sender uses this worker's pg-boss while it runs.
 * Tests pass their own `schema` (and job lists) to run apart from other test files.
 */
export async function startWorker(
  opts: { connectionString?: string; schema?: string; jobs?: readonly TScheduledJob[]; queues?: readonly TQueueJob[] } = {},
): Promise<TWorker> {
  const jobs = opts.jobs ?? SCHEDULED_JOBS;
  const queues = opts.queues ?? QUEUE_JOBS;
  const boss = new PgBoss({ connectionString: opts.connectionString ?? env().DATABASE_URL, schema: opts.schema ?? JOBS_SCHEMA });
  boss.on("error", (err) => log.error("background worker error", { err }));
  await boss.start();
  for (const job of jobs) {
    // Both are upserts: every start (re)declares the queue and its schedule.
    await boss.createQueue(job.name, { retryLimit: 3, retryDelay: 60, expireInSeconds: 15 * 60 });
    await boss.schedule(job.name, job.cron, null, { tz: "UTC" });
    await boss.work(job.name, async () => {
      try {
        return await job.run();
      } catch (err) {
        // pg-boss retries it; say so loudly meanwhile.
        log.error("background job failed", { job: job.name, err });
        throw err;
      }
    });
  }
  for (const q of queues) {
    await boss.createQueue(q.queue.name, q.queue.options);
    // One job per fetch, several at once; polling every second keeps a new capture's wait short.
    await boss.work(q.queue.name, { includeMetadata: true, batchSize: 1, localConcurrency: q.concurrency, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return null;
      try {
        return await q.run(job);
      } catch (err) {
        log.warn("background job failed; pg-boss retries it", { job: q.queue.name, id: job.id, retry: job.retryCount, err });
        throw err;
      }
    });
  }
  registerJobSender(boss, queues.map((q) => q.queue));
  log.info("background worker started", { jobs: jobs.map((j) => j.name), queues: queues.map((q) => q.queue.name) });
  return {
    boss,
    // Lets a running job finish (up to the timeout), then closes pg-boss's pool.
    stop: async () => {
      unregisterJobSender(boss);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
