import { bodySchema } from "@/lib/server/http/route";
import { ZSubmitReviewInput } from "@/lib/server/reviews/submit-review";

/** POST …/claims/{id}/reviews: `decision` (approve, request_changes, override), `claimVersion`, `signOffHash`, `comment`. */
export const ZSubmitReviewBody = bodySchema(ZSubmitReviewInput, ["workspaceSlug", "claimId"]);
