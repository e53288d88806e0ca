import { apiRoute } from "@/lib/server/http/route";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";

type TParams = { slug: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => listReviewQueue({ workspaceSlug: params.slug, actor }));
