import { getDocumentOriginal } from "@/lib/server/documents/get-document-original";
import { apiRoute } from "@/lib/server/http/route";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ original: await getDocumentOriginal({ workspaceSlug: params.slug, documentId: params.id, actor }) }));
