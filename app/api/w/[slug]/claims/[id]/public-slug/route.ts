import { apiRoute, readJson } from "@/lib/server/http/route";
import { setPublicSlug } from "@/lib/server/publishing/set-public-slug";
import { ZSetPublicSlugBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const PUT = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZSetPublicSlugBody);
  return setPublicSlug({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
});
