import { publicResponse } from "@/lib/server/publishing/public-cache";
import { claimReviewFeedResponse } from "@/lib/server/publishing/public-feeds";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** Every published ClaimReview of the workspace, as a schema.org DataFeed (for fact-check aggregators). */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }): Promise<Response> {
  return publicResponse(req, await claimReviewFeedResponse({ workspaceSlug: (await ctx.params).workspace }));
}
