import { deleteEvidence } from "@/lib/server/evidence/delete-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { apiRoute, readJson } from "@/lib/server/http/route";
import { ZUpdateEvidenceBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const PATCH = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZUpdateEvidenceBody);
  return { evidence: await updateEvidence({ ...body, workspaceSlug: params.slug, evidenceId: params.id, actor }) };
});

export const DELETE = apiRoute<TParams>(async ({ actor, params }) => {
  await deleteEvidence({ workspaceSlug: params.slug, evidenceId: params.id, actor });
});
