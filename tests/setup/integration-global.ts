import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { ensureDatabase } from "@/scripts/lib/database";

/**
 * One real PostgreSQL for the run: the embedded one when DATABASE_URL is unset, else that server.
 * Each run gets a fresh database, migrated from scratch, dropped at the end; tests inside it make
 * their own random users and workspaces so they can run in parallel.
 */
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await ensureDatabase({ dataDir: ".data/test-pg", database: "postgres", quiet: true });
  const name = `factdesk_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new URL(server.url);
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE "${name}"`);
  await adminClient.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  project.provide("databaseUrl", url.toString());
  project.provide("adminDatabaseUrl", admin.toString());

  return async () => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
    await server.stop();
  };
}
