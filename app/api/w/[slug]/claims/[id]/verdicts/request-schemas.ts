import { bodySchema } from "@/lib/server/http/route";
import { ZCreateVerdictInput } from "@/lib/server/reviews/create-verdict";

/** POST …/claims/{id}/verdicts: `claimVersion`, `rating` (a label on the scale), `summary`, `rationale` (Tiptap JSON), `evidenceIds`. */
export const ZCreateVerdictBody = bodySchema(ZCreateVerdictInput, ["workspaceSlug", "claimId"]);
