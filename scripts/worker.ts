import { startWorker } from "@/lib/jobs/start-worker";
import { log } from "@/lib/log";

/**
 * `npm run worker`: the background worker alone (pg-boss jobs such as purging the trash), for a
 * deployment that runs the web service with RUN_WORKER=0. Needs DATABASE_URL.
 */
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set (jobs live in PostgreSQL)");

const worker = await startWorker();

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log.info("background worker stopping");
  await worker.stop().catch((err: unknown) => log.error("background worker shutdown failed", { err }));
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
