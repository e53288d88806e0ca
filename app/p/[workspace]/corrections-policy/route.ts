import { publicResponse } from "@/lib/server/publishing/public-cache";
import { policyPageResponse } from "@/lib/server/publishing/policy-pages";

/** The workspace's corrections policy page. */
export async function GET(req: Request, ctx: { params: Promise<{ workspace: string }> }): Promise<Response> {
  return publicResponse(req, await policyPageResponse({ workspaceSlug: (await ctx.params).workspace, page: "corrections-policy" }));
}
