import { apiRoute, readQuery } from "@/lib/server/http/route";
import { getClaimTimeline } from "@/lib/server/reviews/get-claim-timeline";
import { ZClaimTimelineQuery } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params, req }) =>
  getClaimTimeline({ ...readQuery(req, ZClaimTimelineQuery), workspaceSlug: params.slug, claimId: params.id, actor }),
);
