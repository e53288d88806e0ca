import { bodySchema } from "@/lib/server/http/route";
import { ZCreateSourceInput } from "@/lib/server/sources/create-source";
import { ZListSourcesInput } from "@/lib/server/sources/list-sources";

/** GET …/sources: search, type filter, sort and paging (`type` may repeat or be comma-separated). */
export const ZListSourcesQuery = bodySchema(ZListSourcesInput, ["workspaceSlug"]);

/** POST …/sources: a web page (`url`) or a source without one (`title` and `description`). */
export const ZCreateSourceBody = bodySchema(ZCreateSourceInput, ["workspaceSlug"]);
