import { ANNO_CONTENT_TYPE } from "@/lib/domain/claims/web-annotation";
import { getDocumentAnnotations } from "@/lib/server/claims/get-document-annotations";
import { apiRoute } from "@/lib/server/http/route";

export const dynamic = "force-dynamic";

/** The document's claims as a W3C Web Annotation AnnotationPage (JSON-LD). Members only. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params, req }) => {
  const page = await getDocumentAnnotations({ documentId: params.id, origin: new URL(req.url).origin, actor });
  return new Response(JSON.stringify(page), { headers: { "Content-Type": ANNO_CONTENT_TYPE, "Cache-Control": "private, no-store", Vary: "Authorization, Cookie" } });
});
