import { importDocument, type TImportDocumentInput } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { apiRoute } from "@/lib/server/http/route";
import { readImportRequest } from "@/lib/server/import/read-import-request";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => {
  const sp = new URL(req.url).searchParams;
  return listDocuments({
    actor,
    workspaceSlug: params.slug,
    q: sp.get("q") ?? undefined,
    sort: (sp.get("sort") ?? undefined) as never,
    order: (sp.get("order") ?? undefined) as never,
    page: sp.get("page") ?? undefined,
    pageSize: sp.get("pageSize") ?? undefined,
  });
});

export const POST = apiRoute<{ slug: string }>(
  async ({ actor, params, req }) => {
    const input = (await readImportRequest(req)) as TImportDocumentInput;
    return { document: await importDocument({ actor, workspaceSlug: params.slug, ...input }) };
  },
  { status: 201 },
);
