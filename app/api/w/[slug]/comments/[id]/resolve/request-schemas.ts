import { bodySchema } from "@/lib/server/http/route";
import { ZSetThreadResolvedInput } from "@/lib/server/comments/set-thread-resolved";

/** POST …/comments/{id}/resolve: `{ resolved: true | false }` on a thread's first comment. */
export const ZSetThreadResolvedBody = bodySchema(ZSetThreadResolvedInput, ["workspaceSlug", "threadId"]);
