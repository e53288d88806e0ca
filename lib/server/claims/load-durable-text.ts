import "server-only";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";

/**
 * The document's plain text including acknowledged edits not yet folded into Document.text by
 * the debounced collab store, i.e. the text the editors see. Read-only, no lock.
 */
export async function loadDurableText(documentId: string): Promise<string> {
  const [row, pending] = await Promise.all([
    db.document.findUnique({ where: { id: documentId }, select: { ydoc: true, text: true } }),
    db.documentUpdate.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { update: true } }),
  ]);
  if (!row) return "";
  if (!row.ydoc || pending.length === 0) return row.text;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.ydoc);
  for (const p of pending) Y.applyUpdate(ydoc, p.update);
  return nodeToPlainText(yDocToNode(ydoc));
}
