import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { apiRoute, readJson, readQuery } from "@/lib/server/http/route";
import { ZListClaimsQuery } from "./list-query";
import { ZCreateClaimBody } from "./request-schemas";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => listClaims({ ...readQuery(req, ZListClaimsQuery), workspaceSlug: params.slug, actor }));

export const POST = apiRoute<{ slug: string }>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZCreateClaimBody);
    return { claim: await createClaim({ ...body, workspaceSlug: params.slug, actor }) };
  },
  { status: 201 },
);
