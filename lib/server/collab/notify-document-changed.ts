import "server-only";
import type { TTx } from "@/lib/db";

/** PostgreSQL channel the collab servers LISTEN on (lib/collab). */
export const DOCUMENT_CHANGED_CHANNEL = "factdesk_document_changed";

export type TDocumentChanged = {
  documentId: string;
  /** A Y.js update was appended to the document's write-ahead log outside the collab server: live copies must pull it. */
  ydoc: boolean;
  /** Claims of the document changed (created, edited, deleted, re-anchored, detached): clients refetch them. */
  claims: boolean;
  /** The document's text locks changed: connections' read-only state must follow at once. */
  textLock?: boolean;
};

/**
 * Tells every collab instance that a document changed outside of it. Called inside the writing
 * transaction: PostgreSQL delivers a NOTIFY only when that transaction commits, so listeners never
 * hear of a change they cannot read yet, nor of one that rolled back.
 */
export async function notifyDocumentChanged(tx: TTx, change: TDocumentChanged): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${DOCUMENT_CHANGED_CHANNEL}, ${JSON.stringify(change)})`;
}
