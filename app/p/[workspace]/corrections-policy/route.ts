import { publicResponse } from "@/lib/server/publishing/public-cache";
import { policyPageResponse } from "@/lib/server/publishing/policy-pages";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** The workspace's corrections policy page. */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }): Promise<Response> {
  return publicResponse(req, await policyPageResponse({ workspaceSlug: (await ctx.params).workspace, page: "corrections-policy" }));
}
