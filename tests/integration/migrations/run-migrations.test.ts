import { createHash } from "node:crypto";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MigrationError, runMigrations } from "@/lib/migrations/run-migrations";
import { createScratchDatabase, type TScratchDatabase, withClient } from "@/tests/setup/scratch-database";

// Prisma Migrate's advisory lock key; the runner must hold it while it works.
const PRISMA_LOCK_KEY = 72707369;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function scratch(label: string): Promise<TScratchDatabase> {
  const db = await createScratchDatabase(label);
  cleanups.push(db.drop);
  return db;
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await writeMigrations(dir, files);
  return dir;
}

async function writeMigrations(dir: string, files: Record<string, string>) {
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
}

type TRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const rows = (url: string) =>
  withClient(url, async (c) => (await c.query<TRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`)).rows);

const tableExists = (url: string, table: string) =>
  withClient(url, async (c) => (await c.query(`SELECT to_regclass($1) AS t`, [`public."${table}"`])).rows[0].t !== null);

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("runMigrations", () => {
  it("applies each migration once and records it the way Prisma Migrate does", async () => {
    const db = await scratch("once");
    const sql = `CREATE TABLE "Thing" ("id" INTEGER NOT NULL PRIMARY KEY);\n`;
    const dir = await migrationsDir({ "20260101000000_thing": sql });

    expect(await runMigrations(db.url, { dir })).toEqual({ applied: ["20260101000000_thing"], alreadyApplied: [] });
    expect(await runMigrations(db.url, { dir })).toEqual({ applied: [], alreadyApplied: ["20260101000000_thing"] });

    const recorded = await rows(db.url);
    expect(recorded).toHaveLength(1);
    const [row] = recorded;
    expect(Object.keys(row!).sort()).toEqual(
      ["applied_steps_count", "checksum", "finished_at", "id", "logs", "migration_name", "rolled_back_at", "started_at"],
    );
    expect(row).toMatchObject({
      migration_name: "20260101000000_thing",
      checksum: sha256(sql),
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(row!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row!.finished_at).toBeInstanceOf(Date);
    expect(row!.finished_at!.getTime()).toBeGreaterThanOrEqual(row!.started_at.getTime());
    expect(await tableExists(db.url, "Thing")).toBe(true);
    // The table as Prisma Migrate creates it, so `prisma migrate status` can read ours.
    const columns = await withClient(db.url, async (c) =>
      (
        await c.query<{ name: string; type: string; not_null: boolean }>(
          `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
             FROM pg_attribute a WHERE a.attrelid = '"_prisma_migrations"'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
        )
      ).rows.map((r) => `${r.name} ${r.type}${r.not_null ? " NOT NULL" : ""}`),
    );
    expect(columns).toEqual([
      "id character varying(36) NOT NULL",
      "checksum character varying(64) NOT NULL",
      "finished_at timestamp with time zone",
      "migration_name character varying(255) NOT NULL",
      "logs text",
      "rolled_back_at timestamp with time zone",
      "started_at timestamp with time zone NOT NULL",
      "applied_steps_count integer NOT NULL",
    ]);
  });

  it("applies only the new migrations on a later run", async () => {
    const db = await scratch("later");
    const dir = await migrationsDir({ "20260101000000_a": `CREATE TABLE "A" ("id" INTEGER);` });
    await runMigrations(db.url, { dir });
    await writeMigrations(dir, { "20260102000000_b": `CREATE TABLE "B" ("id" INTEGER);` });

    expect(await runMigrations(db.url, { dir })).toEqual({ applied: ["20260102000000_b"], alreadyApplied: ["20260101000000_a"] });
    expect((await rows(db.url)).map((r) => r.migration_name)).toEqual(["20260101000000_a", "20260102000000_b"]);
  });

  it("refuses a changed, already-applied migration with a clear message and applies nothing", async () => {
    const db = await scratch("changed");
    const dir = await migrationsDir({ "20260101000000_a": `CREATE TABLE "A" ("id" INTEGER);` });
    await runMigrations(db.url, { dir });
    const before = await rows(db.url);

    await writeMigrations(dir, {
      "20260101000000_a": `CREATE TABLE "A" ("id" BIGINT);`,
      "20260102000000_b": `CREATE TABLE "B" ("id" INTEGER);`,
    });
    const run = runMigrations(db.url, { dir });
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(run).rejects.toThrow(
      /Migration "20260101000000_a" was changed after it was applied to this database.*restore the file and put the change in a new migration/,
    );

    expect(await tableExists(db.url, "B")).toBe(false);
    expect(await rows(db.url)).toEqual(before);
  });

  it("rolls back a failing migration whole: no table left, no row recorded, and it can be fixed and re-run", async () => {
    const db = await scratch("failing");
    const dir = await migrationsDir({
      "20260101000000_ok": `CREATE TABLE "Ok" ("id" INTEGER);`,
      "20260102000000_broken": `CREATE TABLE "Half" ("id" INTEGER);\nALTER TABLE "Missing" ADD COLUMN "x" INTEGER;`,
    });

    await expect(runMigrations(db.url, { dir })).rejects.toThrow(
      /Migration "20260102000000_broken" failed and was rolled back: relation "Missing" does not exist/,
    );
    expect(await tableExists(db.url, "Ok")).toBe(true);
    expect(await tableExists(db.url, "Half")).toBe(false);
    expect((await rows(db.url)).map((r) => [r.migration_name, r.finished_at !== null])).toEqual([["20260101000000_ok", true]]);

    await writeMigrations(dir, { "20260102000000_broken": `CREATE TABLE "Half" ("id" INTEGER);` });
    expect(await runMigrations(db.url, { dir })).toEqual({ applied: ["20260102000000_broken"], alreadyApplied: ["20260101000000_ok"] });
    expect(await tableExists(db.url, "Half")).toBe(true);
  });

  it("refuses to go on after a migration that started but never finished", async () => {
    const db = await scratch("unfinished");
    const dir = await migrationsDir({ "20260101000000_a": `CREATE TABLE "A" ("id" INTEGER);` });
    await runMigrations(db.url, { dir });
    // What Prisma Migrate leaves behind when a migration fails half-way.
    await withClient(db.url, (c) =>
      c.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES (gen_random_uuid(), $1, '20260102000000_b', 0)`,
        [sha256("x")],
      ),
    );
    await writeMigrations(dir, { "20260103000000_c": `CREATE TABLE "C" ("id" INTEGER);` });

    await expect(runMigrations(db.url, { dir })).rejects.toThrow(/Migration "20260102000000_b" started but did not finish/);
    expect(await tableExists(db.url, "C")).toBe(false);
  });

  it("holds Prisma's advisory lock, so two runners at once apply each migration once", async () => {
    const db = await scratch("lock");
    // The sleep keeps the first runner inside its migration while the second one arrives.
    const dir = await migrationsDir({
      "20260101000000_slow": `SELECT pg_sleep(0.6);\nCREATE TABLE "Slow" ("id" INTEGER);\nINSERT INTO "Slow" VALUES (1);`,
    });

    const first = runMigrations(db.url, { dir });
    const lockSeen = await waitFor(() =>
      withClient(db.url, async (c) => {
        const { rows: locks } = await c.query(
          `SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
           WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()
             AND ((l.classid::bigint << 32) | l.objid::bigint) = $1`,
          [PRISMA_LOCK_KEY],
        );
        return locks.length > 0;
      }),
    );
    expect(lockSeen).toBe(true);
    const second = runMigrations(db.url, { dir });

    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
    expect(results.map((r) => r.alreadyApplied.length).sort()).toEqual([0, 1]);
    expect(await rows(db.url)).toHaveLength(1);
    expect(await withClient(db.url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM "Slow"`)).rows[0].n)).toBe(1);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}
