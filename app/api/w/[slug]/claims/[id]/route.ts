import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim, ZUpdateClaimInput } from "@/lib/server/claims/update-claim";
import { apiRoute, bodySchema, readJson } from "@/lib/server/http/route";

type TParams = { slug: string; id: string };

const ZUpdateClaimBody = bodySchema(ZUpdateClaimInput, ["workspaceSlug", "claimId"]);

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ claim: await getClaim({ workspaceSlug: params.slug, claimId: params.id, actor }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateClaimBody);
  return { claim: await updateClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteClaim({ workspaceSlug: params.slug, claimId: params.id, actor });
});
