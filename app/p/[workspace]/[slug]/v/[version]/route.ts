import { publicResponse } from "@/lib/server/publishing/public-cache";
import { notFound, publicVerdictResponse } from "@/lib/server/publishing/public-verdict-response";
import { etagOf } from "@/lib/server/publishing/public-cache";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

type TCtx = { params: Promise<{ workspace: string; slug: string; version: string }> };

/** One version of a published verdict, readable at its own URL forever (corrections keep the old ones). */
export async function GET(req: Request, ctx: TCtx): Promise<Response> {
  const { workspace, slug, version } = await ctx.params;
  const n = /^[1-9][0-9]{0,4}$/.test(version) ? Number(version) : null;
  if (n === null) {
    const nf = notFound();
    return publicResponse(req, { ...nf, key: "not-found", etag: etagOf(nf.body) });
  }
  return publicResponse(req, await publicVerdictResponse({ workspaceSlug: workspace, claimSlug: slug, version: n }));
}
