import { z } from "zod";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { listQuery } from "./list-query";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => listClaims({ actor, ...listQuery(req.url), workspaceSlug: params.slug }));

export const POST = apiRoute<{ slug: string }>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, z.record(z.string(), z.unknown(), { error: "Send a JSON object." }));
    return { claim: await createClaim({ actor, ...(body as object), workspaceSlug: params.slug } as Parameters<typeof createClaim>[0]) };
  },
  { status: 201 },
);
