import { bodySchema } from "@/lib/server/http/route";
import { ZEditCommentInput } from "@/lib/server/comments/edit-comment";

/** PATCH …/comments/{id}: the new `body` (its author, within 15 minutes). */
export const ZEditCommentBody = bodySchema(ZEditCommentInput, ["workspaceSlug", "commentId"]);
