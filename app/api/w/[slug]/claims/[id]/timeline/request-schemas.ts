import { bodySchema } from "@/lib/server/http/route";
import { ZGetClaimTimelineInput } from "@/lib/server/reviews/get-claim-timeline";

/** GET …/claims/{id}/timeline query string: `limit` (1–200, default 200) and `cursor`. Also described by /api/openapi.json. */
export const ZClaimTimelineQuery = bodySchema(ZGetClaimTimelineInput, ["workspaceSlug", "claimId"]);
