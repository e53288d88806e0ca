import "server-only";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncClaimAnchors } from "@/lib/server/claims/sync-claim-anchors";
import { deleteFoldedRows, lockDocumentRow, readWriteAheadRows, writeDocumentState } from "./durable-document";

export type TStoreDocumentStateResult = {
  /** false when the merged state equalled what was stored (nothing written, version unchanged) */
  changed: boolean;
  version: number;
  /** write-ahead rows folded in and deleted */
  compacted: number;
  /** when changed: claims whose selectors / detached state were rewritten, and what that sync took (ms) */
  anchors?: { claims: number; updated: number; ms: number };
};

/**
 * The debounced store, in one transaction under the document's row lock:
 * stored ydoc ∪ the server's in-memory state ∪ the write-ahead rows → if that differs from the
 * stored state, write ydoc + Tiptap JSON + plain text + version+1 + lastActivityAt together;
 * either way delete the folded write-ahead rows. When it changed, the claims' selectors are synced
 * to their marks (detached / reattached) in the same transaction. Merging with what is stored (rather than
 * overwriting it) keeps a second collab instance's edits even if its own store was skipped.
 * System call, no actor.
 */
export async function storeDocumentState(opts: { documentId: string; state: Uint8Array }): Promise<TStoreDocumentStateResult> {
  return db.$transaction(
    async (tx) => {
      await lockDocumentRow(tx, opts.documentId);
      const row = await tx.document.findUnique({ where: { id: opts.documentId }, select: { ydoc: true, version: true } });
      if (!row) throw new AppError("NOT_FOUND", "document-not-found");
      const pending = await readWriteAheadRows(tx, opts.documentId);

      const merged = new Y.Doc();
      if (row.ydoc) Y.applyUpdate(merged, row.ydoc);
      const before = Y.snapshot(merged);
      Y.applyUpdate(merged, opts.state);
      for (const p of pending) Y.applyUpdate(merged, p.update);
      const changed = !Y.equalSnapshots(before, Y.snapshot(merged));

      await deleteFoldedRows(tx, pending);
      if (!changed) return { changed: false, version: row.version, compacted: pending.length };

      const { node, text, version } = await writeDocumentState(tx, opts.documentId, merged);
      // Claim selectors follow their marks in the same transaction, so they always describe the stored text.
      const t0 = performance.now();
      const sync = await syncClaimAnchors(tx, { documentId: opts.documentId, node, text });
      const anchors = { claims: sync.claims, updated: sync.updated, ms: Math.round((performance.now() - t0) * 10) / 10 };
      return { changed: true, version, compacted: pending.length, anchors };
    },
    { timeout: 15_000 },
  );
}
