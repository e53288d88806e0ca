import { bodySchema } from "@/lib/server/http/route";
import { ZSetPublicSlugInput } from "@/lib/server/publishing/set-public-slug";

/** PUT …/claims/{id}/public-slug: `{ slug }`. */
export const ZSetPublicSlugBody = bodySchema(ZSetPublicSlugInput, ["workspaceSlug", "claimId"]);
