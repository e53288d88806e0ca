import { bodySchema } from "@/lib/server/http/route";
import { ZUpdateSourceInput } from "@/lib/server/sources/update-source";

/** PATCH …/sources/{id}: `version` and the details to change (not the URL). */
export const ZUpdateSourceBody = bodySchema(ZUpdateSourceInput, ["workspaceSlug", "sourceId"]);
