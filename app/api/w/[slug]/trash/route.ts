import { listTrashedDocuments } from "@/lib/server/documents/list-trashed-documents";
import { apiRoute, readQuery } from "@/lib/server/http/route";
import { ZListTrashedDocumentsQuery } from "./request-schemas";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) =>
  listTrashedDocuments({ ...readQuery(req, ZListTrashedDocumentsQuery), workspaceSlug: params.slug, actor }),
);
