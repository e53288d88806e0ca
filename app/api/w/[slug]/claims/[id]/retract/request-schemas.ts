import { bodySchema } from "@/lib/server/http/route";
import { ZRetractVerdictInput } from "@/lib/server/publishing/retract-verdict";

/** POST …/claims/{id}/retract: `{ note }`, the public retraction note. */
export const ZRetractVerdictBody = bodySchema(ZRetractVerdictInput, ["workspaceSlug", "claimId"]);
