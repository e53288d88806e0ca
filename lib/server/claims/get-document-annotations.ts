import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { claimsToAnnotationPage, type TAnnotationPage } from "@/lib/domain/claims/web-annotation";
import { isUuid } from "@/lib/domain/ids";
import { AppError, isAppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, loadOriginalTexts, toClaimDtos } from "./to-claim-dto";
import { appBaseUrl } from "@/lib/server/http/app-base-url";

export const ZGetDocumentAnnotationsInput = z.object({ documentId: z.string(), origin: z.string().url() });
export type TGetDocumentAnnotationsInput = z.infer<typeof ZGetDocumentAnnotationsInput>;

const notFound = () => new AppError("NOT_FOUND", "Document not found.");

/**
 * A document's claims as a W3C AnnotationPage (see lib/domain/claims/web-annotation.ts for what is
 * exported and why). Addressed by document id alone, so membership is checked against the
 * document's workspace; a non-member cannot tell the document exists (404, like a wrong id).
 */
export async function getDocumentAnnotations({ actor, ...input }: { actor: TActor } & TGetDocumentAnnotationsInput): Promise<TAnnotationPage> {
  const { documentId, origin } = ZGetDocumentAnnotationsInput.parse(input);
  if (!actor?.userId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!isUuid(documentId)) throw notFound();
  // Scoped by the actor's membership in the same query: no row comes back for a document of a workspace they are not in.
  const doc = await db.document.findFirst({
    where: { id: documentId, deletedAt: null, workspace: { memberships: { some: { userId: actor.userId } } } },
    select: { id: true, workspaceId: true, sourceUrl: true, workspace: { select: { slug: true } } },
  });
  if (!doc) throw notFound();
  try {
    await requireMembership({ actor, workspaceId: doc.workspaceId, capability: "workspace.read" });
  } catch (e) {
    throw isAppError(e) && e.code === "NOT_FOUND" ? notFound() : e;
  }
  const rows = await db.claim.findMany({
    where: { documentId: doc.id, workspaceId: doc.workspaceId },
    orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { id: "asc" }],
    select: claimSelect,
  });
  const base = appBaseUrl(origin);
  const slug = encodeURIComponent(doc.workspace.slug);
  const originals = await loadOriginalTexts(db, [doc.id]);
  const workingCopy = `${base}/w/${slug}/documents/${doc.id}`;
  return claimsToAnnotationPage(await toClaimDtos(db, rows), {
    pageId: `${base}/api/documents/${doc.id}/annotations`,
    source: doc.sourceUrl ?? workingCopy,
    workingCopy,
    annotationId: (claimId) => `${base}/api/w/${slug}/claims/${claimId}`,
  }, originals.get(doc.id) ?? null);
}
