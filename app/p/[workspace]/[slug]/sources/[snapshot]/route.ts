import { publicResponse } from "@/lib/server/publishing/public-cache";
import { publicSnapshotResponse } from "@/lib/server/publishing/public-snapshot-response";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** The archived text of a source a published verdict cites (published evidence only). */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string; slug: string; snapshot: string }> }): Promise<Response> {
  const { workspace, slug, snapshot } = await ctx.params;
  return publicResponse(req, await publicSnapshotResponse({ workspaceSlug: workspace, claimSlug: slug, snapshotId: snapshot }));
}
