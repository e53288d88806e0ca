import { ZUpdateEvidenceInput } from "@/lib/server/evidence/update-evidence";
import { bodySchema } from "@/lib/server/http/route";

/** PATCH …/evidence/{id}: `version` and the stance, excerpt or note to change. */
export const ZUpdateEvidenceBody = bodySchema(ZUpdateEvidenceInput, ["workspaceSlug", "evidenceId"]);
