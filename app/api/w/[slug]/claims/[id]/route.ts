import { z } from "zod";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { apiRoute, readJson } from "@/lib/server/http/route";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ claim: await getClaim({ actor, workspaceSlug: params.slug, claimId: params.id }) }));

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, z.record(z.string(), z.unknown(), { error: "Send a JSON object." }));
  return { claim: await updateClaim({ actor, ...(body as object), workspaceSlug: params.slug, claimId: params.id } as Parameters<typeof updateClaim>[0]) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteClaim({ actor, workspaceSlug: params.slug, claimId: params.id });
});
