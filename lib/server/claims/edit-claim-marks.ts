import "server-only";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { updateYFragment } from "@tiptap/y-tiptap";
import type { TTx } from "@/lib/db";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { buildTextMap, textRangeToPos, type TTextMap } from "@/lib/editor/text-map";
import { documentSchema, yDocToNode } from "@/lib/editor/ydoc-convert";
import { AppError } from "@/lib/errors";
import { deleteFoldedRows, durableYDoc, lockDocumentRow, readDurableState, writeDocumentState } from "@/lib/server/collab/durable-document";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { syncClaimAnchors } from "./sync-claim-anchors";

export type TClaimMarkEdit = {
  document: { id: string; workspaceId: string; title: string; sourceUrl: string | null };
  /** The document as it durably stands now: stored Y.js state plus every acknowledged, unfolded update. */
  node: PMNode;
  map: TTextMap;
  /** Plain text of `node` (what selectors count in). */
  text: string;
  schema: Schema;
  /** Add or remove claim marks on this; it starts at `node`. */
  tr: Transform;
};

/** Adds or removes claim `id` over a ProseMirror range / everywhere. Overlapping claims are left alone (the mark spec has `excludes: ""`). */
export const claimMark = (schema: Schema, id: string) => schema.marks.claim!.create({ id });

export function removeClaimMarks(edit: TClaimMarkEdit, claimId: string) {
  edit.tr.removeMark(0, edit.tr.doc.content.size, claimMark(edit.schema, claimId));
}

/**
 * The one way the claims API changes a document: inside the caller's transaction, under the same
 * row lock as the collab store (FOR NO KEY UPDATE), it loads the durable Y.js state (Document.ydoc,
 * built from the Tiptap JSON if the document was never opened, plus the pending write-ahead rows),
 * lets `edit` apply mark steps to a Transform, writes the result back into the Y.Doc with
 * y-tiptap's `updateYFragment` (a minimal, format-only Y.js change that merges with whatever
 * collab clients do concurrently), and stores ydoc + JSON + text + version together, deleting the
 * write-ahead rows it folded in (by the rows read, as storeDocumentState does). The NOTIFY is
 * delivered on commit: collab servers pull the change into their live copies and tell clients
 * to refetch claims. A soft-deleted document, or one of another workspace, is 404.
 */
export async function editClaimMarks<T>(
  tx: TTx,
  opts: { documentId: string; workspaceId: string },
  edit: (e: TClaimMarkEdit) => T | Promise<T>,
): Promise<{ result: T; node: PMNode; text: string; documentChanged: boolean }> {
  await lockDocumentRow(tx, opts.documentId);
  const row = await tx.document.findFirst({
    where: { id: opts.documentId, workspaceId: opts.workspaceId, deletedAt: null },
    select: { id: true, workspaceId: true, title: true, sourceUrl: true },
  });
  const durable = row && (await readDurableState(tx, row.id));
  if (!row || !durable) throw new AppError("NOT_FOUND", "Document not found.");
  const { pending } = durable;
  const ydoc = durableYDoc(durable);

  const schema = documentSchema();
  const node = yDocToNode(ydoc);
  const map = buildTextMap(node);
  const tr = new Transform(node);
  const result = await edit({ document: { id: row.id, workspaceId: row.workspaceId, title: row.title, sourceUrl: row.sourceUrl }, node, map, text: map.text, schema, tr });

  const documentChanged = tr.docChanged;
  if (!documentChanged) {
    await notifyDocumentChanged(tx, { documentId: row.id, ydoc: false, claims: true });
    return { result, node, text: map.text, documentChanged };
  }

  updateYFragment(ydoc, ydoc.getXmlFragment(YDOC_FIELD), tr.doc, { mapping: new Map(), isOMark: new Map() });
  // Re-derived from the Y.Doc rather than taken from tr.doc: what is stored must be what Y.js holds.
  const { node: stored, text } = await writeDocumentState(tx, row.id, ydoc);
  if (pending.length) {
    await deleteFoldedRows(tx, pending);
    // The folded rows may hold text edits the collab store has not seen yet, and the store skips a
    // state it finds already stored: the other claims' selectors must follow that text now, as a store would.
    await syncClaimAnchors(tx, { documentId: row.id, node: stored, text });
  }
  await notifyDocumentChanged(tx, { documentId: row.id, ydoc: true, claims: true });
  return { result, node: stored, text, documentChanged };
}

/**
 * Marks text offsets [start, end) as claim `claimId`, after checking the client's selection still
 * matches the document: a range outside the text or on whitespace only is a 400, a selection whose
 * text has moved on (someone edited it since) a 409 the user fixes by selecting again.
 */
export function addClaimMarkAt(edit: TClaimMarkEdit, claimId: string, range: { start: number; end: number; exact: string }) {
  const { start, end, exact } = range;
  if (end > edit.text.length) {
    throw new AppError("BAD_REQUEST", `The selection (${start}–${end}) lies outside the document, whose text is ${edit.text.length} characters long.`);
  }
  if (edit.text.slice(start, end) !== exact) {
    throw new AppError("CONFLICT", "The text has changed since you selected it; select it again.");
  }
  // Mark steps never move positions, so the map of the loaded node stays valid after earlier removeMark steps.
  const pos = textRangeToPos(edit.map, start, end);
  if (!pos) throw new AppError("BAD_REQUEST", "The selection covers no text of the document; select the words of the claim.");
  edit.tr.addMark(pos.from, pos.to, claimMark(edit.schema, claimId));
}

