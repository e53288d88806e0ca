import { createClaim, ZCreateClaimInput } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { apiRoute, bodySchema, readJson, readQuery } from "@/lib/server/http/route";
import { ZListClaimsQuery } from "./list-query";

const ZCreateClaimBody = bodySchema(ZCreateClaimInput, ["workspaceSlug"]);

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => listClaims({ ...readQuery(req, ZListClaimsQuery), workspaceSlug: params.slug, actor }));

export const POST = apiRoute<{ slug: string }>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZCreateClaimBody);
    return { claim: await createClaim({ ...body, workspaceSlug: params.slug, actor }) };
  },
  { status: 201 },
);
