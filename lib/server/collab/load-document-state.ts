import "server-only";
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { jsonToYState } from "@/lib/editor/ydoc-convert";
import { AppError } from "@/lib/errors";
import { lockDocumentRow } from "./durable-document";

export type TLoadedDocumentState = {
  /** Y.js update holding the stored state plus every logged update not yet folded into it. */
  state: Uint8Array;
  /** How many write-ahead rows were applied on top of Document.ydoc (the caller compacts when > 0). */
  pendingUpdates: number;
};

function isDocJson(v: unknown): v is JSONContent {
  return typeof v === "object" && v !== null && (v as { type?: unknown }).type === "doc";
}

/**
 * The collab server's view of a document when it first opens it. A document that has never been
 * opened (ydoc null, only the imported Tiptap JSON) gets its Y.js state built and written under a
 * row lock first: two collab instances opening it at once must start from the same Y.js items, or
 * merging their two independently built states would duplicate the whole text.
 * System call (the connection was authorized before this runs), hence no actor.
 */
export async function loadDocumentState(opts: { documentId: string }): Promise<TLoadedDocumentState> {
  const row = await db.document.findUnique({ where: { id: opts.documentId }, select: { ydoc: true } });
  if (!row) throw new AppError("NOT_FOUND", "document-not-found");
  let base: Uint8Array | null = row.ydoc;
  if (!base) {
    base = await db.$transaction(async (tx): Promise<Uint8Array> => {
      await lockDocumentRow(tx, opts.documentId);
      const locked = await tx.document.findUniqueOrThrow({ where: { id: opts.documentId }, select: { ydoc: true, content: true } });
      if (locked.ydoc) return locked.ydoc;
      const built = new Uint8Array(isDocJson(locked.content) ? jsonToYState(locked.content) : Y.encodeStateAsUpdate(new Y.Doc()));
      await tx.document.update({ where: { id: opts.documentId }, data: { ydoc: built } });
      return built;
    });
  }
  const pending = await db.documentUpdate.findMany({
    where: { documentId: opts.documentId },
    orderBy: { seq: "asc" },
    select: { update: true },
  });
  const start: Uint8Array = base;
  const state = pending.length ? Y.mergeUpdates([start, ...pending.map((p) => p.update)]) : start;
  return { state, pendingUpdates: pending.length };
}
