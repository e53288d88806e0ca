import { apiRoute, readJson } from "@/lib/server/http/route";
import { moveClaim } from "@/lib/server/reviews/move-claim";
import { ZMoveClaimBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const POST = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZMoveClaimBody);
  return moveClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
});
