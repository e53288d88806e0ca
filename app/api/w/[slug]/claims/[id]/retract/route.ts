import { apiRoute, readJson } from "@/lib/server/http/route";
import { retractVerdict } from "@/lib/server/publishing/retract-verdict";
import { ZRetractVerdictBody } from "./request-schemas";

type TParams = { slug: string; id: string };

export const POST = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZRetractVerdictBody);
  return retractVerdict({ ...body, workspaceSlug: params.slug, claimId: params.id, actor });
});
