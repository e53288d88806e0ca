import "server-only";
import { db } from "@/lib/db";

/**
 * The write-ahead log: the collab server appends every accepted Y.js update here and waits for the
 * commit before it applies and acknowledges the update. Several updates (from a burst of clients)
 * go in one INSERT, one commit. System call, no actor: the connection was authorized already.
 */
export async function appendDocumentUpdates(opts: { documentId: string; workspaceId: string; updates: Uint8Array[] }): Promise<void> {
  if (opts.updates.length === 0) return;
  await db.documentUpdate.createMany({
    data: opts.updates.map((update) => ({
      documentId: opts.documentId,
      workspaceId: opts.workspaceId,
      update: new Uint8Array(update),
    })),
  });
}
