import { apiRoute, readJson } from "@/lib/server/http/route";
import { createVerdict } from "@/lib/server/reviews/create-verdict";
import { listVerdicts } from "@/lib/server/reviews/list-verdicts";
import { ZCreateVerdictBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => listVerdicts({ workspaceSlug: params.slug, claimId: params.id, actor }));

export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZCreateVerdictBody);
    return createVerdict({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
  },
  { status: 201 },
);
