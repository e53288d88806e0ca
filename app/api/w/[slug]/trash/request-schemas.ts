import { ZListTrashedDocumentsInput } from "@/lib/server/documents/list-trashed-documents";
import { bodySchema } from "@/lib/server/http/route";

/** GET …/trash: no query parameters today; parsing the empty schema still refuses ?workspaceSlug= or ?actor=. Also described by /api/openapi.json. */
export const ZListTrashedDocumentsQuery = bodySchema(ZListTrashedDocumentsInput, ["workspaceSlug"]);
