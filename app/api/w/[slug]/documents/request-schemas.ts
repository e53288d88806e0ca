import { ZListDocumentsInput } from "@/lib/server/documents/list-documents";
import { bodySchema } from "@/lib/server/http/route";

/** GET …/documents: the list's query string. Also described by /api/openapi.json. */
export const ZListDocumentsQuery = bodySchema(ZListDocumentsInput, ["workspaceSlug"]);
