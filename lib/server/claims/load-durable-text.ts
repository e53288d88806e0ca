import "server-only";
import { db } from "@/lib/db";
import { durableText, readDurableState } from "@/lib/server/collab/durable-document";

/**
 * The document's plain text including acknowledged edits not yet folded into Document.text by
 * the debounced collab store, i.e. the text the editors see. Read-only, no lock.
 */
export async function loadDurableText(documentId: string): Promise<string> {
  const durable = await readDurableState(db, documentId);
  return durable ? durableText(durable) : "";
}
