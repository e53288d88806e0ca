import { bodySchema } from "@/lib/server/http/route";
import { ZAddCommentInput } from "@/lib/server/comments/add-comment";

/** POST …/claims/{id}/comments: `body` (plain text with mention tokens), `threadId` to reply. */
export const ZAddCommentBody = bodySchema(ZAddCommentInput, ["workspaceSlug", "claimId"]);
