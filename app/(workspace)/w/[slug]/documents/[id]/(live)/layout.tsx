import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getDocumentPresence } from "@/lib/server/documents/get-document-presence";
import { loadWorkspace } from "../../../load-workspace";
import { publishDocumentGoneNotice, type TDocumentGoneNotice } from "../trash-notice";

/**
 * Lets only live documents through, before anything streams. The page below has a loading.tsx
 * (a Suspense boundary): a notFound() thrown inside it comes after the 200 has been sent. Thrown
 * here, above that boundary, it gives a real 404; ../not-found.tsx then says whether the document
 * was moved to the trash (by whom, when, with a restore) or never existed here.
 */
export default async function LiveDocumentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string; id: string }> }) {
  let notice: TDocumentGoneNotice | null = null;
  try {
    const { slug, id } = await params;
    const { actor } = await loadWorkspace(slug);
    const presence = await getDocumentPresence({ actor, workspaceSlug: slug, documentId: id }).catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") return null;
      throw e;
    });
    if (presence?.state !== "live") {
      notice = { slug, documentId: id, trashed: presence ? { document: presence.document, canRestore: presence.canRestore } : null };
      notFound();
    }
  } finally {
    publishDocumentGoneNotice(notice);
  }
  return children;
}
