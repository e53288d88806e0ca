import { apiRoute, readJson } from "@/lib/server/http/route";
import { getRatingScale } from "@/lib/server/reviews/get-rating-scale";
import { updateRatingScale } from "@/lib/server/reviews/update-rating-scale";
import { ZUpdateRatingScaleBody } from "./request-schemas";

type TParams = { slug: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => getRatingScale({ workspaceSlug: params.slug, actor }));

export const PUT = apiRoute<TParams>(async ({ actor, params, req }) => updateRatingScale({ ...(await readJson(req, ZUpdateRatingScaleBody)), workspaceSlug: params.slug, actor }));
