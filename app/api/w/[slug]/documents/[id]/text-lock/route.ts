import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { apiRoute } from "@/lib/server/http/route";

type TParams = { slug: string; id: string };

// No body: what is locked and by whom come from the path and the caller only.
export const POST = apiRoute<TParams>(async ({ actor, params }) => lockDocumentText({ workspaceSlug: params.slug, documentId: params.id, actor }));

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => unlockDocumentText({ workspaceSlug: params.slug, documentId: params.id, actor }));
