import { reorderEvidence } from "@/lib/server/evidence/reorder-evidence";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZReorderEvidenceBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const PUT = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZReorderEvidenceBody);
  return { evidence: await reorderEvidence({ ...body, workspaceSlug: params.slug, claimId: params.id, actor }) };
});
