import { bodySchema } from "@/lib/server/http/route";
import { ZPreviewSourceUrlInput } from "@/lib/server/sources/preview-source-url";

/** POST …/sources/preview: `{ url }`. Also described by /api/openapi.json. */
export const ZPreviewSourceUrlBody = bodySchema(ZPreviewSourceUrlInput, ["workspaceSlug"]);
