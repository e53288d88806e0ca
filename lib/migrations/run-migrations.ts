import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in name order and records each in
 * `_prisma_migrations` exactly as Prisma Migrate does (same table, sha256 checksum of the file),
 * so `prisma migrate status` agrees wherever Prisma's engine is available. We run our own because
 * that engine is a binary from outside the npm registry.
 */

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// Prisma's own advisory lock key, so our runner and `prisma migrate deploy` exclude each other.
const LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export type TMigrationFile = { name: string; sql: string; checksum: string };
export type TMigrationResult = { applied: string[]; alreadyApplied: string[] };

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/**
 * Prisma's rule (migration-connector checksum.rs): a file matches its recorded checksum as is, or
 * with its line endings converted either way, because git may check files out with CRLF.
 */
export function checksumMatches(file: TMigrationFile, recorded: string): boolean {
  if (file.checksum === recorded) return true;
  const lf = file.sql.replace(/\r\n/g, "\n");
  return sha256(lf) === recorded || sha256(lf.replace(/\n/g, "\r\n")) === recorded;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<TMigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const files: TMigrationFile[] = [];
  for (const name of names) {
    const buf = await readFile(path.join(dir, name, "migration.sql"));
    files.push({ name, sql: buf.toString("utf8"), checksum: sha256(buf) });
  }
  return files;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type TAppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function runMigrations(
  databaseUrl: string,
  opts: { dir?: string; log?: (msg: string) => void } = {},
): Promise<TMigrationResult> {
  const say = opts.log ?? (() => {});
  const files = await readMigrations(opts.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<TAppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));

    for (const row of rows) {
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration "${row.migration_name}" started but did not finish. Fix the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}').`,
        );
      }
    }
    // Check every already-applied file before applying anything: a changed history is refused whole.
    for (const file of files) {
      const row = applied.get(file.name);
      if (row && !checksumMatches(file, row.checksum)) {
        throw new MigrationError(
          `Migration "${file.name}" was changed after it was applied to this database (checksum ${row.checksum.slice(0, 12)}… now ${file.checksum.slice(0, 12)}…). Applied migrations are immutable: restore the file and put the change in a new migration.`,
        );
      }
    }

    const result: TMigrationResult = { applied: [], alreadyApplied: [] };
    for (const file of files) {
      if (applied.has(file.name)) {
        result.alreadyApplied.push(file.name);
        continue;
      }
      const id = randomUUID();
      // Each migration and its record commit together: a failing file leaves no trace behind.
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, file.checksum, file.name],
        );
        await client.query(file.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration "${file.name}" failed and was rolled back: ${(e as Error).message}`);
      }
      say(`applied migration ${file.name}`);
      result.applied.push(file.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
