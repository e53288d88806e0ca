import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { durableUpdate, lockDocumentRow, readDurableState } from "./durable-document";

export type TLoadedDocumentState = {
  /** Y.js update holding the stored state plus every logged update not yet folded into it. */
  state: Uint8Array;
  /** How many write-ahead rows were applied on top of Document.ydoc (the caller compacts when > 0). */
  pendingUpdates: number;
};

/**
 * The collab server's view of a document when it first opens it. A document that has never been
 * opened (ydoc null, only the imported Tiptap JSON) gets its Y.js state built and written under a
 * row lock first: two collab instances opening it at once must start from the same Y.js items, or
 * merging their two independently built states would duplicate the whole text.
 * System call (the connection was authorized before this runs), hence no actor.
 */
export async function loadDocumentState(opts: { documentId: string }): Promise<TLoadedDocumentState> {
  let durable = await readDurableState(db, opts.documentId);
  if (!durable) throw new AppError("NOT_FOUND", "document-not-found");
  if (!durable.stored) {
    durable = await db.$transaction(async (tx) => {
      await lockDocumentRow(tx, opts.documentId);
      const locked = await readDurableState(tx, opts.documentId);
      if (!locked) throw new AppError("NOT_FOUND", "document-not-found");
      if (!locked.stored) await tx.document.update({ where: { id: opts.documentId }, data: { ydoc: locked.base } });
      return locked;
    });
  }
  return { state: durableUpdate(durable), pendingUpdates: durable.pending.length };
}
