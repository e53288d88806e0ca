import { bodySchema } from "@/lib/server/http/route";
import { ZMoveClaimInput } from "@/lib/server/reviews/move-claim";

/** POST …/claims/{id}/workflow: `action` (start_research, return_to_draft, submit_for_review, withdraw_submission, revise), `claimVersion`, `reason`. */
export const ZMoveClaimBody = bodySchema(ZMoveClaimInput, ["workspaceSlug", "claimId"]);
