import { publicResponse } from "@/lib/server/publishing/public-cache";
import { publicIndexResponse } from "@/lib/server/publishing/public-index-response";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

type TCtx = { params: Promise<{ workspace: string }> };

/** The workspace's public index: published verdicts newest first, search and rating filter, pages. */
export async function GET(req: Request, ctx: TCtx): Promise<Response> {
  const { workspace } = await ctx.params;
  return publicResponse(req, await publicIndexResponse({ workspaceSlug: workspace, search: new URL(req.url).searchParams }));
}
