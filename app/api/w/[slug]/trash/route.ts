import { listTrashedDocuments, ZListTrashedDocumentsInput } from "@/lib/server/documents/list-trashed-documents";
import { apiRoute, bodySchema, readQuery } from "@/lib/server/http/route";

// No query parameters today; parsing the empty schema still refuses ?workspaceSlug= or ?actor=.
const ZListTrashedDocumentsQuery = bodySchema(ZListTrashedDocumentsInput, ["workspaceSlug"]);

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) =>
  listTrashedDocuments({ ...readQuery(req, ZListTrashedDocumentsQuery), workspaceSlug: params.slug, actor }),
);
