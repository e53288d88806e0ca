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
