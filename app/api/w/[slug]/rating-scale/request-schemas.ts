import { bodySchema } from "@/lib/server/http/route";
import { ZUpdateRatingScaleInput } from "@/lib/server/reviews/update-rating-scale";

/** PUT /api/w/{slug}/rating-scale: `{ scale: { ratings, nonScale }, version }`. Also described by /api/openapi.json. */
export const ZUpdateRatingScaleBody = bodySchema(ZUpdateRatingScaleInput, ["workspaceSlug"]);
