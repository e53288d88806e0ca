import { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { SCHEDULED_JOBS, type TScheduledJob } from "./jobs";

export type TWorker = { boss: PgBoss; stop: () => Promise<void> };

/**
 * The background worker: pg-boss in PostgreSQL (its own `pgboss` schema, created on first start),
 * running the scheduled jobs. Several workers may run against one database: pg-boss sends each
 * cron occurrence once and hands each job to one worker. Runs inside `npm run dev`/`npm start`
 * and alone as `npm run worker`.
 */
export async function startWorker(opts: { connectionString?: string; jobs?: readonly TScheduledJob[] } = {}): Promise<TWorker> {
  const jobs = opts.jobs ?? SCHEDULED_JOBS;
  const boss = new PgBoss({ connectionString: opts.connectionString ?? env().DATABASE_URL, schema: "pgboss" });
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
  log.info("background worker started", { jobs: jobs.map((j) => j.name) });
  return {
    boss,
    // Lets a running job finish (up to the timeout), then closes pg-boss's pool.
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
