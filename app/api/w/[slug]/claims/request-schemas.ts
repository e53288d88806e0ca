import { ZCreateClaimInput } from "@/lib/server/claims/create-claim";
import { bodySchema } from "@/lib/server/http/route";

/** POST …/claims: the range to mark and the claim's fields. Also described by /api/openapi.json. */
export const ZCreateClaimBody = bodySchema(ZCreateClaimInput, ["workspaceSlug"]);
