import "server-only";
import type { Node as PMNode } from "@tiptap/pm/model";
import * as Y from "yjs";
import type { TTx } from "@/lib/db";
import { nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The pieces every writer of a document's durable state shares (the collab store, the claims API's
 * mark edits, the first open): one row lock, the write-ahead rows, and the write of ydoc + JSON +
 * text together.
 */

/**
 * Serialises everyone who rewrites the document's state. NO KEY UPDATE, not UPDATE: writers still
 * queue behind each other, but the write-ahead inserts (whose foreign key takes KEY SHARE on this
 * row) keep flowing, so acknowledgements never wait for a store.
 */
export async function lockDocumentRow(tx: TTx, documentId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${documentId}::uuid FOR NO KEY UPDATE`;
}

export type TWriteAheadRow = { seq: bigint; update: Uint8Array };

/** Acknowledged updates not yet folded into Document.ydoc, oldest first. */
export async function readWriteAheadRows(tx: TTx, documentId: string): Promise<TWriteAheadRow[]> {
  return tx.documentUpdate.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { seq: true, update: true } });
}

/** Deletes the rows a writer folded in — by the rows read, not by "seq <= max": a lower seq may commit only now, unmerged. */
export async function deleteFoldedRows(tx: TTx, rows: TWriteAheadRow[]): Promise<void> {
  if (rows.length) await tx.documentUpdate.deleteMany({ where: { seq: { in: rows.map((r) => r.seq) } } });
}

/**
 * Writes `ydoc` as the document's state with the Tiptap JSON and plain text derived from it (so the
 * three never disagree), bumping the version. Returns what was stored.
 */
export async function writeDocumentState(tx: TTx, documentId: string, ydoc: Y.Doc): Promise<{ node: PMNode; text: string; version: number }> {
  const node = yDocToNode(ydoc);
  const text = nodeToPlainText(node);
  const { version } = await tx.document.update({
    where: { id: documentId },
    data: {
      ydoc: new Uint8Array(Y.encodeStateAsUpdate(ydoc)),
      content: node.toJSON() as Prisma.InputJsonValue,
      text,
      version: { increment: 1 },
      lastActivityAt: new Date(),
    },
    select: { version: true },
  });
  return { node, text, version };
}
