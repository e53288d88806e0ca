import "server-only";
import { isUuid } from "@/lib/domain/ids";

/** Hocuspocus document names are `doc:<document id>`; anything else names no document. */
export function collabDocumentName(documentId: string): string {
  return `doc:${documentId}`;
}

export function documentIdFromCollabName(name: string): string | null {
  const id = name.startsWith("doc:") ? name.slice(4) : "";
  return isUuid(id) ? id.toLowerCase() : null;
}
