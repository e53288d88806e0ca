import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { runMigrations } from "@/lib/migrations/run-migrations";
import { ensureDatabase } from "@/scripts/lib/database";

/**
 * A fresh, migrated database for a collab benchmark (on DATABASE_URL's server, else an embedded
 * PostgreSQL under `dataDir`), dropped afterwards; plus a workspace, an editor and
 * documents to edit. lib/db is imported only after DATABASE_URL points at it.
 */
export async function collabBenchDatabase(dataDir = ".data/bench-collab-pg") {
  const server = await ensureDatabase({ dataDir: process.env.BENCH_PG_DIR ?? dataDir, database: "postgres", quiet: true });
  const name = `factdesk_bench_collab_${randomBytes(3).toString("hex")}`;
  const admin = new URL(server.url);
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  process.env.DATABASE_URL = url.toString();
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");

  const { db } = await import("@/lib/db");
  const { issueCollabToken } = await import("@/lib/server/collab/issue-collab-token");
  const slug = `bench-${randomUUID().slice(0, 8)}`;
  const ws = await db.workspace.create({ data: { slug, name: "Bench" } });
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@bench.example`, name: "Bench Editor" } });
  await db.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: "EDITOR" } });

  return {
    url: url.toString(),
    db,
    newDocument: async (text: string) => {
      const doc = await db.document.create({
        data: { workspaceId: ws.id, title: "Bench", content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } },
      });
      return doc.id;
    },
    token: async (documentId: string) => (await issueCollabToken({ actor: { userId: user.id, via: "session" }, workspaceSlug: slug, documentId })).token,
    drop: async () => {
      await db.$disconnect();
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.stop();
    },
  };
}

export function percentile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
