import "server-only";
import { db } from "@/lib/db";
import { envVar } from "@/lib/env";
import { log } from "@/lib/log";

export type THealth = { status: "ok" | "error"; database: { ok: boolean; latencyMs: number; error?: string }; version: string; uptimeSeconds: number };

/** What anonymous callers learn about a failed check: the cause (host names, users, driver text) goes to the log only. */
export const DATABASE_UNAVAILABLE = "The database is not answering.";

/**
 * Liveness + readiness in one: the app is healthy when PostgreSQL answers a query. `probe` is the
 * query (tests hand in a failing one).
 */
export async function checkHealth({ probe = () => db.$queryRaw`SELECT 1` }: { probe?: () => Promise<unknown> } = {}): Promise<THealth> {
  const t0 = performance.now();
  let database: THealth["database"];
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database did not answer within 3 s")), 3000);
      }),
    ]);
    database = { ok: true, latencyMs: Math.round(performance.now() - t0) };
  } catch (err) {
    const latencyMs = Math.round(performance.now() - t0);
    log.error("health check: database failed", { err, latencyMs });
    database = { ok: false, latencyMs, error: DATABASE_UNAVAILABLE };
  } finally {
    clearTimeout(timer);
  }
  return {
    status: database.ok ? "ok" : "error",
    database,
    version: envVar("npm_package_version") ?? "0.1.0",
    uptimeSeconds: Math.round(process.uptime()),
  };
}
