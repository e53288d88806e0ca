import { ZDeleteClaimInput } from "@/lib/server/claims/delete-claim";
import { ZUpdateClaimInput } from "@/lib/server/claims/update-claim";
import { bodySchema } from "@/lib/server/http/route";

/** PATCH …/claims/{id}: `version` and the fields to change. Also described by /api/openapi.json. */
export const ZUpdateClaimBody = bodySchema(ZUpdateClaimInput, ["workspaceSlug", "claimId"]);

/** DELETE …/claims/{id}?reason=…: the reason a claim past research is withdrawn. */
export const ZDeleteClaimQuery = bodySchema(ZDeleteClaimInput, ["workspaceSlug", "claimId"]);
