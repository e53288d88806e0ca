import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZReanchorClaimBody } from "./request-schemas";

export const POST = apiRoute<{ slug: string; id: string }>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZReanchorClaimBody);
  return { claim: await reanchorClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});
