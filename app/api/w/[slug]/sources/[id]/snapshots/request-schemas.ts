import { bodySchema } from "@/lib/server/http/route";
import { ZRefetchSourceInput } from "@/lib/server/snapshots/refetch-source";

/** POST …/sources/{id}/snapshots: an empty JSON object (or no body); every key is the server's. Also described by /api/openapi.json. */
export const ZRefetchSourceBody = bodySchema(ZRefetchSourceInput, ["workspaceSlug", "sourceId"]);
