import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { devAuthSecret, ensureDatabase, type TDatabase } from "./database";

/**
 * Shared by `npm run dev` and `npm start`: a database (embedded unless DATABASE_URL is set),
 * migrated and seeded once, then the web + collab server as a child process that Ctrl-C takes
 * down together with PostgreSQL.
 */

const say = (msg: string) => process.stdout.write(`\x1b[36m[factdesk]\x1b[0m ${msg}\n`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The data dir belongs to one running `npm run dev`/`npm start` at a time, recorded in
 * `<dataDir>.owner`. A live owner means a second start must not touch its PostgreSQL; a dead one
 * (killed with SIGKILL, say) may have left PostgreSQL running, which we stop before reusing the dir.
 */
async function claimDataDir(dataDir: string) {
  const ownerFile = `${dataDir}.owner`;
  // A fresh clone has no .data/ yet: the owner file is the first thing written there.
  mkdirSync(path.dirname(ownerFile), { recursive: true });
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8")) : 0;
  if (owner && owner !== process.pid && alive(owner)) {
    throw new Error(`Another Factdesk server (pid ${owner}) is using ${path.relative(process.cwd(), dataDir)}. Stop it first (Ctrl-C in its terminal).`);
  }
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
  if (pid && alive(pid)) {
    say(`stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it and retry`);
  }
  writeFileSync(ownerFile, String(process.pid));
  process.on("exit", () => {
    if (existsSync(ownerFile) && Number(readFileSync(ownerFile, "utf8")) === process.pid) rmSync(ownerFile, { force: true });
  });
}

async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
}

export async function bootDatabase(opts: { dataDir: string; database: string; fresh?: boolean }): Promise<TDatabase> {
  const t0 = Date.now();
  if (!process.env.DATABASE_URL) await claimDataDir(path.resolve(opts.dataDir));
  let database = await ensureDatabase({ dataDir: opts.dataDir, database: opts.database });
  if (opts.fresh) {
    // A throwaway database next to the configured one, so e2e runs never touch real data.
    const url = new URL(database.url);
    if (!database.embedded) url.pathname = `${url.pathname}_e2e`;
    await recreateDatabase(url.toString());
    database = { ...database, url: url.toString() };
  }
  say(`${database.embedded ? `embedded PostgreSQL in ${opts.dataDir}` : "PostgreSQL from DATABASE_URL"} ready in ${Date.now() - t0} ms`);
  const res = await runMigrations(database.url, { log: say });
  if (res.applied.length === 0) say("migrations up to date");
  process.env.DATABASE_URL = database.url;
  // Imported late: lib/db reads DATABASE_URL when first loaded.
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");
  const { seeded } = await seedDemo();
  say(seeded ? "seeded demo data (sign in as admin@example.com / factdesk-demo)" : "demo data already present");
  return database;
}

/**
 * Runs scripts/server.ts (Next + the collab WebSocket on one port) as a child process that Ctrl-C
 * takes down together with PostgreSQL. A child rather than in-process: this runner is started
 * under React's server condition (for lib/server code), which Next itself must not run under.
 */
export function runServer(mode: "dev" | "start", database: TDatabase, opts: { port: number }): Promise<never> {
  const appUrl = process.env.APP_URL ?? `http://localhost:${opts.port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "server.ts")], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: mode === "dev" ? "development" : "production",
      PORT: String(opts.port),
      DATABASE_URL: database.url,
      AUTH_SECRET: devAuthSecret(),
      AUTH_TRUST_HOST: "true",
      APP_URL: appUrl,
    },
  });
  say(`app on ${appUrl} (collab WebSocket on ${appUrl.replace(/^http/, "ws")}/ws/collab)`);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 1));
  return new Promise<never>(() => {});
}
