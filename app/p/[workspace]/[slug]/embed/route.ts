import { publicResponse } from "@/lib/server/publishing/public-cache";
import { publicVerdictResponse } from "@/lib/server/publishing/public-verdict-response";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** The compact verdict card other sites may frame (the one route with frame-ancestors *). */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string; slug: string }> }): Promise<Response> {
  const { workspace, slug } = await ctx.params;
  return publicResponse(req, await publicVerdictResponse({ workspaceSlug: workspace, claimSlug: slug, embed: true }));
}
