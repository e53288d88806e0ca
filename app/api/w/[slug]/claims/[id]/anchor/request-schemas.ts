import { ZReanchorClaimInput } from "@/lib/server/claims/reanchor-claim";
import { bodySchema } from "@/lib/server/http/route";

/** POST …/claims/{id}/anchor: the new range; the claim and workspace come from the URL. Also described by /api/openapi.json. */
export const ZReanchorClaimBody = bodySchema(ZReanchorClaimInput, ["workspaceSlug", "claimId"]);
