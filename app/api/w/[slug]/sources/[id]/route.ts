import { apiRoute, readJson } from "@/lib/server/http/route";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { getSource } from "@/lib/server/sources/get-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { ZUpdateSourceBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ source: await getSource({ workspaceSlug: params.slug, sourceId: params.id, actor }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateSourceBody);
  return { source: await updateSource({ ...body, workspaceSlug: params.slug, sourceId: params.id, actor }) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteSource({ workspaceSlug: params.slug, sourceId: params.id, actor });
});
