import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { TRole } from "@/lib/domain/roles";
import { jsonToYState } from "@/lib/editor/ydoc-convert";
import { listenCollab } from "@/lib/collab/listen-collab";
import type { TCollabServerOptions } from "@/lib/collab/create-collab-server";
import type { TActor } from "@/lib/server/actor";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";

export const actorOf = (user: { id: string }): TActor => ({ userId: user.id, via: "session" });

const paragraphs = (text: string) => ({
  type: "doc",
  content: text.split("\n\n").map((p) => ({ type: "paragraph", content: p ? [{ type: "text", text: p }] : [] })),
});

export async function createDocument(workspaceId: string, text: string, opts: { withYdoc?: boolean } = {}) {
  const content = paragraphs(text);
  return db.document.create({
    data: {
      workspaceId,
      title: `Doc ${randomUUID().slice(0, 6)}`,
      content,
      text,
      ydoc: opts.withYdoc ? new Uint8Array(jsonToYState(content)) : null,
    },
  });
}

/** A workspace with an owner, an editor, a viewer, an outsider, a member of another workspace, and one document. */
export async function collabWorld(text = "Hello world") {
  const slug = `cw-${randomUUID().slice(0, 8)}`;
  const ws = await db.workspace.create({ data: { slug, name: `Collab ${slug}` } });
  const other = await db.workspace.create({ data: { slug: `${slug}-o`, name: `Other ${slug}` } });
  const user = async (label: string, role?: TRole, workspaceId = ws.id) => {
    const u = await db.user.create({ data: { email: `u-${randomUUID()}@test.example`, name: `${label} ${slug}` } });
    if (role) await db.membership.create({ data: { workspaceId, userId: u.id, role } });
    return u;
  };
  const owner = await user("owner", "OWNER");
  const editor = await user("editor", "EDITOR");
  const viewer = await user("viewer", "VIEWER");
  const outsider = await user("outsider");
  const otherMember = await user("other", "OWNER", other.id);
  const document = await createDocument(ws.id, text);
  const otherDocument = await createDocument(other.id, "Other workspace's text");
  const token = async (u: { id: string }, documentId = document.id, workspaceSlug = slug) =>
    (await issueCollabToken({ actor: actorOf(u), workspaceSlug, documentId })).token;
  return { ws, slug, other, owner, editor, viewer, outsider, otherMember, document, otherDocument, token, documentName: `doc:${document.id}` };
}

export async function startCollab(opts: TCollabServerOptions = {}) {
  const server = await listenCollab({ port: 0, host: "127.0.0.1", debounceMs: 100, maxDebounceMs: 500, ...opts });
  return { ...server, url: `ws://127.0.0.1:${server.port}` };
}

export const storedDocument = (id: string) =>
  db.document.findUniqueOrThrow({ where: { id }, select: { text: true, version: true, content: true, ydoc: true } });
export const pendingUpdateCount = (documentId: string) => db.documentUpdate.count({ where: { documentId } });

/**
 * A BEFORE UPDATE trigger on "Document" that runs `action` (PL/pgSQL) only for the document ids a
 * test lists with `target()`, so one test can make its own document's stores fail or crawl
 * without touching other tests' documents in the shared database.
 */
export async function documentStoreTrigger(name: string, action: string) {
  const table = `"_collab_test_${name}"`;
  const fn = `"_collab_test_${name}_fn"`;
  const trigger = `"_collab_test_${name}_trg"`;
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${table} ("id" UUID PRIMARY KEY)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM ${table} WHERE "id" = NEW."id") THEN
        ${action}
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER ${trigger} BEFORE UPDATE ON "Document" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
  return {
    target: (documentId: string) => db.$executeRawUnsafe(`INSERT INTO ${table} ("id") VALUES ($1::uuid)`, documentId),
    release: (documentId: string) => db.$executeRawUnsafe(`DELETE FROM ${table} WHERE "id" = $1::uuid`, documentId),
    drop: async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${trigger} ON "Document"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`);
    },
  };
}
