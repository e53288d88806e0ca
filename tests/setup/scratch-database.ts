import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/**
 * An empty database on the run's PostgreSQL server, for tests that need a database of their own
 * (migration runner, schema drift). Dropped by `drop()`; the run's own database is never touched.
 */
export type TScratchDatabase = { url: string; name: string; drop: () => Promise<void> };

export async function createScratchDatabase(label: string): Promise<TScratchDatabase> {
  const admin = inject("adminDatabaseUrl");
  const name = `factdesk_scratch_${label}_${randomBytes(4).toString("hex")}`.toLowerCase();
  await withClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
