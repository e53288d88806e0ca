import { apiRoute, readJson } from "@/lib/server/http/route";
import { previewSourceUrl } from "@/lib/server/sources/preview-source-url";
import { ZPreviewSourceUrlBody } from "./request-schemas";

type TParams = { slug: string };

/** A page's title, publisher, author and date for the add-evidence form; nothing is stored. */
export const POST = apiRoute<TParams>(async ({ actor, params, req }) => {
  const body = await readJson(req, ZPreviewSourceUrlBody);
  return { preview: await previewSourceUrl({ ...body, workspaceSlug: params.slug, actor }) };
});
