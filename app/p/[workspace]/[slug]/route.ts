import { publicResponse } from "@/lib/server/publishing/public-cache";
import { publicVerdictResponse } from "@/lib/server/publishing/public-verdict-response";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

type TCtx = { params: Promise<{ workspace: string; slug: string }> };

/** A published verdict's public page: plain server-rendered HTML, no client JavaScript (see lib/domain/publishing/html.ts). */
export async function GET(req: Request, ctx: TCtx): Promise<Response> {
  const { workspace, slug } = await ctx.params;
  return publicResponse(req, await publicVerdictResponse({ workspaceSlug: workspace, claimSlug: slug }));
}
