import { restoreDocument } from "@/lib/server/documents/restore-document";
import { apiRoute } from "@/lib/server/http/route";

// Takes the document (and its claims) out of the trash; no body: everything it needs is in the URL.
export const POST = apiRoute<{ slug: string; id: string }>(async ({ actor, params }) => ({
  document: await restoreDocument({ workspaceSlug: params.slug, documentId: params.id, actor }),
}));
