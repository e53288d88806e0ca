import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError, toAppError } from "@/lib/errors";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { listClaims } from "@/lib/server/claims/list-claims";
import { getDocument } from "@/lib/server/documents/get-document";
import { listMembers } from "@/lib/server/workspaces/list-members";
import { can } from "@/lib/domain/roles";
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

/**
 * The document's claims (all of them, in text order) and the members a claim may be assigned to
 * (those who can edit content), for the claims panel.
 */
export const loadDocumentClaims = cache(async (slug: string, documentId: string) => {
  const { actor } = await loadWorkspace(slug);
  try {
    const [list, members] = await Promise.all([
      listClaims({ actor, workspaceSlug: slug, documentId, sort: "position", pageSize: 500, detail: "summary" }),
      listMembers({ actor, workspaceSlug: slug }),
    ]);
    const assignees = members.filter((m) => can(m.role, "content.edit")).map((m) => ({ id: m.userId, name: m.name, email: m.email, canReview: can(m.role, "verdict.review") }));
    return { claims: list.claims, assignees };
  } catch (e) {
    // A malformed id fails the list's zod parse (a ZodError, not yet an AppError): a 404 page, never a 500.
    const err = toAppError(e);
    if (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST") notFound();
    throw e;
  }
});
