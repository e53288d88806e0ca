import { z } from "zod";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { apiRoute, readJson } from "@/lib/server/http/route";

export const POST = apiRoute<{ slug: string; id: string }>(async ({ actor, params, req }) => {
  const body = await readJson(req, z.record(z.string(), z.unknown(), { error: "Send a JSON object." }));
  return { claim: await reanchorClaim({ actor, ...(body as object), workspaceSlug: params.slug, claimId: params.id } as Parameters<typeof reanchorClaim>[0]) };
});
