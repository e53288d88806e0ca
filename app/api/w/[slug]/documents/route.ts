import { importDocument } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { apiRoute, readQuery } from "@/lib/server/http/route";
import { readImportRequest } from "@/lib/server/import/read-import-request";
import { ZListDocumentsQuery } from "./request-schemas";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) =>
  listDocuments({ ...readQuery(req, ZListDocumentsQuery), workspaceSlug: params.slug, actor }),
);

export const POST = apiRoute<{ slug: string }>(
  async ({ actor, params, req }) => ({ document: await importDocument({ ...(await readImportRequest(req)), workspaceSlug: params.slug, actor }) }),
  { status: 201 },
);
