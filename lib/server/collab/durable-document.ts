import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import * as Y from "yjs";
import type { TTx } from "@/lib/db";
import { jsonToYState, nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The pieces everyone who reads or rewrites a document's durable state shares (the collab store
 * and first open, the claims API's mark edits, the re-anchoring suggestion): one row lock, one way
 * to read the state, the write-ahead rows, and the write of ydoc + JSON + text together.
 */

/**
 * Serialises everyone who rewrites the document's state. NO KEY UPDATE, not UPDATE: writers still
 * queue behind each other, but the write-ahead inserts (whose foreign key takes KEY SHARE on this
 * row) keep flowing, so acknowledgements never wait for a store.
 */
export async function lockDocumentRow(tx: TTx, documentId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Document" WHERE "id" = ${documentId}::uuid FOR NO KEY UPDATE`;
}

/** What reading needs of Prisma: the client, or a transaction. */
type TReader = Pick<TTx, "document" | "documentUpdate">;

export type TWriteAheadRow = { seq: bigint; update: Uint8Array };

/** Acknowledged updates not yet folded into Document.ydoc, oldest first. */
export async function readWriteAheadRows(tx: TReader, documentId: string): Promise<TWriteAheadRow[]> {
  return tx.documentUpdate.findMany({ where: { documentId }, orderBy: { seq: "asc" }, select: { seq: true, update: true } });
}

function isDocJson(v: unknown): v is JSONContent {
  return typeof v === "object" && v !== null && (v as { type?: unknown }).type === "doc";
}

/**
 * The Y.js state of a document never opened, built from its imported Tiptap JSON. Every reader
 * builds it this one way so a state written later (first open, a claim mark) starts from the
 * same Y.js items as any copy built meanwhile.
 */
function initialState(content: unknown): Uint8Array<ArrayBuffer> {
  return new Uint8Array(isDocJson(content) ? jsonToYState(content) : Y.encodeStateAsUpdate(new Y.Doc()));
}

export type TDurableState = {
  /** Document.ydoc, or the state built from the JSON when none is stored yet (`stored` false). */
  base: Uint8Array<ArrayBuffer>;
  stored: boolean;
  /** Acknowledged updates not yet folded into `base`, oldest first. */
  pending: TWriteAheadRow[];
  /** Document.text, written with the stored ydoc or JSON: the durable text when nothing is pending. */
  storedText: string;
};

/**
 * A document's durable state: what every acknowledged edit is in. Null when there is no such row.
 * No access check: callers have authorized the actor. A writer calls it in its transaction after
 * lockDocumentRow; a reader may call it with `db`: the write-ahead rows are read before the row,
 * so a store folding them in meanwhile cannot hide them (applying one twice changes nothing).
 */
export async function readDurableState(client: TReader, documentId: string): Promise<TDurableState | null> {
  const pending = await readWriteAheadRows(client, documentId);
  const row = await client.document.findUnique({ where: { id: documentId }, select: { ydoc: true, content: true, text: true } });
  if (!row) return null;
  return { base: row.ydoc ?? initialState(row.content), stored: row.ydoc !== null, pending, storedText: row.text };
}

/** The durable state as one Y.js update (no Y.Doc built). */
export function durableUpdate(state: TDurableState): Uint8Array {
  return state.pending.length ? Y.mergeUpdates([state.base, ...state.pending.map((p) => p.update)]) : state.base;
}

/** The durable state in a fresh Y.Doc. */
export function durableYDoc(state: TDurableState): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state.base);
  for (const p of state.pending) Y.applyUpdate(ydoc, p.update);
  return ydoc;
}

/** The durable plain text (what editors see, selectors count in), decoding Y.js only when edits are pending. */
export function durableText(state: TDurableState): string {
  if (state.pending.length === 0) return state.storedText;
  return nodeToPlainText(yDocToNode(durableYDoc(state)));
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
