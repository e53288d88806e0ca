import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { getDocument } from "@/lib/server/documents/get-document";
import { loadWorkspace } from "../../load-workspace";

/**
 * The document, and a collab token issued with the page so the editor's socket authenticates
 * without another round trip. Once per request (metadata and page share it); a document that is
 * not there, or not visible to the actor, is the product's 404.
 */
export const loadDocument = cache(async (slug: string, documentId: string) => {
  const { actor, workspace } = await loadWorkspace(slug);
  try {
    const [document, grant] = await Promise.all([
      getDocument({ actor, workspaceSlug: slug, documentId }),
      issueCollabToken({ actor, workspaceSlug: slug, documentId }),
    ]);
    return { actor, workspace, document, grant };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});
