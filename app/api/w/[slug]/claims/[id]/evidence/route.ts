import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { listClaimEvidence } from "@/lib/server/evidence/list-claim-evidence";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZAddEvidenceBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const GET = apiRoute<TParams>(async ({ actor, params }) => ({ evidence: await listClaimEvidence({ workspaceSlug: params.slug, claimId: params.id, actor }) }));

export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    const body = await readJson(req, ZAddEvidenceBody);
    return { evidence: await addEvidence({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
  },
  { status: 201 },
);
