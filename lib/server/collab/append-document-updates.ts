import "server-only";
import * as Y from "yjs";
import { db } from "@/lib/db";

/**
 * The write-ahead log: the collab server appends every accepted Y.js update here and acknowledges
 * it only once this commit is done. A batch (a burst from many clients) goes in as one merged
 * update, one row, one commit — and always the same query shape, so no plan compiles per size.
 * System call, no actor: the connection was authorized already.
 */
export async function appendDocumentUpdates(opts: { documentId: string; workspaceId: string; updates: Uint8Array[] }): Promise<void> {
  if (opts.updates.length === 0) return;
  const update = opts.updates.length === 1 ? opts.updates[0]! : Y.mergeUpdates(opts.updates);
  await db.documentUpdate.create({
    data: { documentId: opts.documentId, workspaceId: opts.workspaceId, update: new Uint8Array(update) },
    select: { seq: true },
  });
}
