import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { apiRoute, readJson, readQuery } from "@/lib/server/http/route";
import { ZDeleteClaimQuery, ZUpdateClaimBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ claim: await getClaim({ workspaceSlug: params.slug, claimId: params.id, actor }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateClaimBody);
  return { claim: await updateClaim({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});

// `?reason=…`: needed to withdraw a claim past research (admins and owners).
export const DELETE = apiRoute<TParams>(async ({ actor, params, req }) => {
  await deleteClaim({ ...readQuery(req, ZDeleteClaimQuery), workspaceSlug: params.slug, claimId: params.id, actor });
});
