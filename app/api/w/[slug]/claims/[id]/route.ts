import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZUpdateClaimBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ claim: await getClaim({ workspaceSlug: params.slug, claimId: params.id, actor }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateClaimBody);
  return { claim: await updateClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteClaim({ workspaceSlug: params.slug, claimId: params.id, actor });
});
