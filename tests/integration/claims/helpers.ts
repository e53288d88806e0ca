import type { Schema } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { updateYFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { collectClaimRuns } from "@/lib/editor/text-map";
import { documentSchema, nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import { importDocument } from "@/lib/server/documents/import-document";
import { actorOf, type TWorld } from "../workspaces/fixtures";

export { actorOf, codeOf, workspaceWithEveryRole, type TWorld } from "../workspaces/fixtures";

export const ARTICLE = [
  "Port traffic falls 12%",
  "Cargo volumes fell for the third month in a row, the port authority said on Monday.",
  "The mayor claimed that unemployment is at a record low of 3.1 percent.",
].join("\n\n");

export async function seedDoc(w: TWorld, content = ARTICLE) {
  return importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content });
}

/** The [start, end) and exact text of the first occurrence of `needle` in a document's stored text. */
export async function rangeOf(documentId: string, needle: string) {
  const { text } = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true } });
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in the document`);
  return { start, end: start + needle.length, exact: needle };
}

/** Where each claim mark sits in the STORED Y.js state (the collaborative truth), in text offsets, plus the stored JSON's claim ids. */
export async function storedMarks(documentId: string) {
  const row = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { ydoc: true, content: true, text: true, version: true } });
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.ydoc!);
  const node = yDocToNode(ydoc);
  const runs = collectClaimRuns(node);
  const text = nodeToPlainText(node);
  const inJson = new Set<string>();
  JSON.stringify(row.content, (k, v: unknown) => {
    if (v && typeof v === "object" && (v as { type?: string }).type === "claim") inJson.add(String((v as { attrs: { id: string } }).attrs.id));
    return v;
  });
  return {
    runs,
    text,
    storedText: row.text,
    version: row.version,
    ydoc: row.ydoc!,
    jsonClaimIds: inJson,
    quoted: (id: string) => (runs.get(id) ?? []).map((r) => text.slice(r.start, r.end)),
  };
}

export async function claimRowCounts(workspaceId: string) {
  const [claims, audits] = await Promise.all([
    db.claim.count({ where: { workspaceId } }),
    db.auditEvent.count({ where: { workspaceId, action: { startsWith: "claim." } } }),
  ]);
  return { claims, audits };
}

/**
 * Appends an edit to the document's write-ahead log the way a collab client's acknowledged update
 * sits there before the debounced store folds it in: `edit` gets a Transform over the durable node.
 */
export async function appendPendingEdit(documentId: string, edit: (tr: Transform, schema: Schema) => void) {
  const row = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { ydoc: true, workspaceId: true } });
  const pending = await db.documentUpdate.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { update: true } });
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.ydoc!);
  for (const p of pending) Y.applyUpdate(ydoc, p.update);
  const before = Y.encodeStateVector(ydoc);
  const tr = new Transform(yDocToNode(ydoc));
  edit(tr, documentSchema());
  updateYFragment(ydoc, ydoc.getXmlFragment(YDOC_FIELD), tr.doc, { mapping: new Map(), isOMark: new Map() });
  await db.documentUpdate.create({ data: { documentId, workspaceId: row.workspaceId, update: new Uint8Array(Y.encodeStateAsUpdate(ydoc, before)) } });
  return nodeToPlainText(yDocToNode(ydoc));
}

/** Makes the next INSERT of `action` into this workspace's audit log fail inside PostgreSQL (a real mid-transaction failure). Returns the undo. */
export async function failAuditInsert(workspaceId: string, action: string) {
  const name = `fail_audit_${workspaceId.replace(/-/g, "")}`;
  await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW."workspaceId" = '${workspaceId}'::uuid AND NEW."action" = '${action}' THEN RAISE EXCEPTION 'injected failure after the mark'; END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  };
}

/** Inserts plain text at a ProseMirror position (1 = start of the first paragraph). */
export const insertAt = (pos: number, text: string) => (tr: Transform, schema: Schema) => {
  tr.insert(pos, schema.text(text));
};
