import { shareImageResponse } from "@/lib/server/publishing/share-image";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** The share image of a published verdict (Open Graph / Twitter). */
export async function GET(_req: Request, ctx: { params: Promise<{ workspace: string; slug: string }> }): Promise<Response> {
  const { workspace, slug } = await ctx.params;
  return shareImageResponse({ workspaceSlug: workspace, claimSlug: slug });
}
