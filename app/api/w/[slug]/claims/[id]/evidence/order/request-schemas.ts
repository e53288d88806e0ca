import { ZReorderEvidenceInput } from "@/lib/server/evidence/reorder-evidence";
import { bodySchema } from "@/lib/server/http/route";

/** PUT …/claims/{id}/evidence/order: `order`, every evidence id of the claim once, in the new order. */
export const ZReorderEvidenceBody = bodySchema(ZReorderEvidenceInput, ["workspaceSlug", "claimId"]);
