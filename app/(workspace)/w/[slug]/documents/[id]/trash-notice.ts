import "server-only";
import { cache } from "react";
import type { TTrashedDocumentDto } from "@/lib/domain/documents/trashed-document-dto";

/** What the document's not-found page says: which link it was, and whether it went to the trash. */
export type TDocumentGoneNotice = {
  slug: string;
  documentId: string;
  trashed: { document: TTrashedDocumentDto; canRestore: boolean } | null;
};

/**
 * Carries the (live) layout's finding to this segment's not-found.tsx. Next renders not-found.tsx
 * without props, eagerly, alongside the layout, so the not-found page awaits what the layout
 * publishes for this request (React's cache() is scoped to one request). The layout publishes on
 * every path, live documents included; the timeout only guards against a render that never
 * reaches it.
 */
const channel = cache(() => {
  let publish!: (notice: TDocumentGoneNotice | null) => void;
  const notice = new Promise<TDocumentGoneNotice | null>((resolve) => (publish = resolve));
  return { notice, publish };
});

export function publishDocumentGoneNotice(notice: TDocumentGoneNotice | null) {
  channel().publish(notice);
}

export async function readDocumentGoneNotice(): Promise<TDocumentGoneNotice | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 10_000)));
  try {
    return await Promise.race([channel().notice, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
