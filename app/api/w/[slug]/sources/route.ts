import { apiRoute, readJson, readQuery } from "@/lib/server/http/route";
import { createSource } from "@/lib/server/sources/create-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { ZCreateSourceBody, ZListSourcesQuery } from "./request-schemas";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => listSources({ ...readQuery(req, ZListSourcesQuery), workspaceSlug: params.slug, actor }));

/** 201 with the new source; 200 with the library's existing one when the URL is already there. */
export const POST = apiRoute<{ slug: string }>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZCreateSourceBody);
  const result = await createSource({ ...body, workspaceSlug: params.slug, actor });
  return Response.json(result, { status: result.created ? 201 : 200 });
});
