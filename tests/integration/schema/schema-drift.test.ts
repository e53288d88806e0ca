import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, runMigrations } from "@/lib/migrations/run-migrations";
import { createScratchDatabase } from "@/tests/setup/scratch-database";
import { compareDatabaseToSchema, readSchemaFile } from "./compare-schema";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function scratch(label: string) {
  const db = await createScratchDatabase(label);
  cleanups.push(db.drop);
  return db;
}

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-drift-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe("prisma/migrations vs prisma/schema.prisma", () => {
  it("all migrations applied to an empty database give exactly the schema", async () => {
    const db = await scratch("drift");
    await runMigrations(db.url);
    const differences = await compareDatabaseToSchema(db.url, await readSchemaFile());
    // On failure this lists every difference; put the fix in a new migration.
    expect(differences).toEqual([]);
  });

  it("reports each deliberate drift, both ways, and nothing else", async () => {
    const db = await scratch("drifted");
    const dir = await tempDir();
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_drift"));
    await writeFile(
      path.join(dir, "29991231000000_drift", "migration.sql"),
      `
      ALTER TABLE "Workspace" DROP COLUMN "requiredApprovals";
      ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;
      ALTER TABLE "AuthSession" ALTER COLUMN "ip" TYPE VARCHAR(45);
      ALTER TABLE "OAuthAccount" ALTER COLUMN "createdAt" DROP DEFAULT;
      DROP INDEX "Membership_userId_idx";
      DROP INDEX "LoginAttempt_email_createdAt_idx";
      CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("createdAt", "email");
      ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_acceptedById_fkey";
      ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      ALTER TYPE "Role" ADD VALUE 'GUEST' BEFORE 'VIEWER';
      ALTER TABLE "ApiToken" ADD COLUMN "scope" TEXT;
      CREATE INDEX "User_name_idx" ON "User"("name");
      CREATE TABLE "Stray" ("id" INTEGER NOT NULL, CONSTRAINT "Stray_pkey" PRIMARY KEY ("id"));
      `,
    );
    await runMigrations(db.url, { dir });

    expect(await compareDatabaseToSchema(db.url, await readSchemaFile())).toEqual(
      [
        `differs: column "AuthSession"."ip" type: schema text, database character varying(45)`,
        `differs: column "OAuthAccount"."createdAt" default: schema now(), database none`,
        `differs: column "User"."name" nullability: schema NOT NULL, database NULL`,
        `differs: enum "Role" values: schema OWNER, ADMIN, EDITOR, REVIEWER, VIEWER, database OWNER, ADMIN, EDITOR, REVIEWER, GUEST, VIEWER`,
        `differs: foreign key "Invitation_acceptedById_fkey": schema "Invitation" (acceptedById) -> "User" (id) ON DELETE SET NULL ON UPDATE CASCADE, database "Invitation" (acceptedById) -> "User" (id) ON DELETE CASCADE ON UPDATE CASCADE`,
        `differs: index "LoginAttempt_email_createdAt_idx": schema on "LoginAttempt" (email, createdAt) using btree, database on "LoginAttempt" (createdAt, email) using btree`,
        `missing in database: column "Workspace"."requiredApprovals" (present)`,
        `missing in database: index "Membership_userId_idx" (on "Membership" (userId) using btree)`,
        `not in schema: column "ApiToken"."scope" (present)`,
        `not in schema: index "User_name_idx" (on "User" (name) using btree)`,
        `not in schema: table "Stray" (present)`,
      ].sort(),
    );
  });
});
