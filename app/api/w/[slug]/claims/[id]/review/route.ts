import { apiRoute } from "@/lib/server/http/route";
import { getReviewState } from "@/lib/server/reviews/get-review-state";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => getReviewState({ workspaceSlug: params.slug, claimId: params.id, actor }));
