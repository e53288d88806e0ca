import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { startTestServer } from "./test-server";

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
  const server = await startTestServer();
  const name = `factdesk_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new URL(server.url);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const dropDatabase = async () => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };

  try {
    const adminClient = new pg.Client({ connectionString: admin.toString() });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE "${name}"`);
    await adminClient.end();
    await runMigrations(url.toString());
  } catch (e) {
    // Never leave a server (or a half-made database) behind when set-up fails.
    await dropDatabase().catch(() => {});
    await server.stop();
    throw e;
  }
  project.provide("databaseUrl", url.toString());
  project.provide("adminDatabaseUrl", admin.toString());

  return async () => {
    try {
      await dropDatabase();
    } finally {
      await server.stop();
    }
  };
}
