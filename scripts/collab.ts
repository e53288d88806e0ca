import { listenCollab } from "@/lib/collab/listen-collab";
import { collabTimings, env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * `npm run collab`: the collaboration server alone (production's `collab` service).
 * Needs DATABASE_URL and AUTH_SECRET (the web app's, to verify its tokens); REDIS_URL links instances.
 * With an IPC channel (spawned by tests/benchmarks) it reports readiness and CPU on request.
 */
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set (the collab server stores documents in PostgreSQL)");
if (!process.env.AUTH_SECRET) throw new Error("AUTH_SECRET is not set (the collab server verifies the web app's tokens with it)");

const config = env();
const { collab, port: actualPort, close } = await listenCollab({
  port: config.COLLAB_PORT,
  host: config.COLLAB_HOST,
  name: config.COLLAB_NAME,
  redisUrl: config.REDIS_URL,
  ...collabTimings(),
});
log.info("collab server listening", { port: actualPort, redis: Boolean(config.REDIS_URL) });

process.send?.({ type: "ready", port: actualPort });
// Spawned by a test or benchmark that went away: do not linger as an orphan.
process.on("disconnect", () => void stop());
process.on("message", (msg: { type?: string }) => {
  if (msg?.type === "stats") process.send?.({ type: "stats", cpu: process.cpuUsage(), memory: process.memoryUsage().rss, ...collab.stats() });
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  log.info("collab server stopping: storing open documents");
  await close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
