import { reanchorClaim, ZReanchorClaimInput } from "@/lib/server/claims/reanchor-claim";
import { apiRoute, bodySchema, readJson } from "@/lib/server/http/route";

const ZReanchorClaimBody = bodySchema(ZReanchorClaimInput, ["workspaceSlug", "claimId"]);

export const POST = apiRoute<{ slug: string; id: string }>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZReanchorClaimBody);
  return { claim: await reanchorClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});
