import { createHash } from "node:crypto";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checksumMatches, MIGRATIONS_DIR, readMigrations } from "@/lib/migrations/run-migrations";

const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");
const dirs: string[] = [];

async function migrationsDir(files: Record<string, string | Buffer>) {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-migrations-"));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("readMigrations", () => {
  it("reads folders in name order and ignores loose files such as migration_lock.toml", async () => {
    const dir = await migrationsDir({ "20260102000000_b": "SELECT 2;", "20260101000000_a": "SELECT 1;" });
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    const files = await readMigrations(dir);
    expect(files.map((f) => f.name)).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(files[0]?.sql).toBe("SELECT 1;");
  });

  it("records the sha256 of the file's exact bytes, as Prisma does", async () => {
    const bytes = Buffer.from("-- ünïcode\r\nCREATE TABLE t (id int);\n", "utf8");
    const dir = await migrationsDir({ "20260101000000_a": bytes });
    const [file] = await readMigrations(dir);
    expect(file?.checksum).toBe(sha256(bytes));
    expect(file?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads the project's own migrations (every folder has a migration.sql)", async () => {
    const files = await readMigrations(MIGRATIONS_DIR);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});

describe("checksumMatches", () => {
  const lf = "CREATE TABLE t (id int);\nCREATE TABLE u (id int);\n";
  const crlf = lf.replace(/\n/g, "\r\n");
  const file = (sql: string) => ({ name: "x", sql, checksum: sha256(sql) });

  it("accepts the same file and the same file with converted line endings, like Prisma", () => {
    expect(checksumMatches(file(lf), sha256(lf))).toBe(true);
    expect(checksumMatches(file(crlf), sha256(lf))).toBe(true);
    expect(checksumMatches(file(lf), sha256(crlf))).toBe(true);
  });

  it("refuses any change to the content", () => {
    expect(checksumMatches(file(lf.replace("u (id int)", "u (id bigint)")), sha256(lf))).toBe(false);
    expect(checksumMatches(file(lf + " "), sha256(lf))).toBe(false);
  });
});
