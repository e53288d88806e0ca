import { bodySchema } from "@/lib/server/http/route";
import { ZUpdatePublicProfileInput } from "@/lib/server/publishing/update-public-profile";

/** PUT /api/w/{slug}/public-profile: `{ profile }` (every field; see TPublicProfile). */
export const ZUpdatePublicProfileBody = bodySchema(ZUpdatePublicProfileInput, ["workspaceSlug"]);
