import { apiRoute, readJson } from "@/lib/server/http/route";
import { submitReview } from "@/lib/server/reviews/submit-review";
import { ZSubmitReviewBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZSubmitReviewBody);
    return submitReview({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
  },
  { status: 201 },
);
