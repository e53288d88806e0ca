import { ZAddEvidenceInput } from "@/lib/server/evidence/add-evidence";
import { bodySchema } from "@/lib/server/http/route";

/** POST …/claims/{id}/evidence: `sourceId` (from the library) or `source` (a new one), `stance`, `excerpt`, `note`. */
export const ZAddEvidenceBody = bodySchema(ZAddEvidenceInput, ["workspaceSlug", "claimId"]);
