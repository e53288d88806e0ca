import { apiRoute, readJson } from "@/lib/server/http/route";
import { getPublicProfile } from "@/lib/server/publishing/get-public-profile";
import { updatePublicProfile } from "@/lib/server/publishing/update-public-profile";
import { ZUpdatePublicProfileBody } from "./request-schemas";

type TParams = { slug: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => getPublicProfile({ workspaceSlug: params.slug, actor }));

export const PUT = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdatePublicProfileBody);
  return updatePublicProfile({ ...body, workspaceSlug: params.slug, actor });
});
