import { setThreadResolved } from "@/lib/server/comments/set-thread-resolved";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZSetThreadResolvedBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const POST = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZSetThreadResolvedBody);
  return setThreadResolved({ ...body, workspaceSlug: params.slug, threadId: params.id, actor });
});
