import { publicResponse } from "@/lib/server/publishing/public-cache";
import { feedResponse } from "@/lib/server/publishing/public-feeds";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** Atom 1.0 of the workspace's corrections and retractions. */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }): Promise<Response> {
  return publicResponse(req, await feedResponse({ workspaceSlug: (await ctx.params).workspace, kind: "corrections", format: "atom" }));
}
