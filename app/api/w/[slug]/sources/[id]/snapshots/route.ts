import { apiRoute, readJson } from "@/lib/server/http/route";
import { refetchSource } from "@/lib/server/snapshots/refetch-source";
import { ZRefetchSourceBody } from "./request-schemas";

type TParams = { slug: string; id: string };

/** Re-fetch: 202 with the new (or already waiting) PENDING capture; the worker does the fetching. */
export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    // A body is optional; when sent it must be JSON with no keys (the URL says everything).
    if (req.headers.get("content-type") !== null) await readJson(req, ZRefetchSourceBody);
    return { snapshot: await refetchSource({ workspaceSlug: params.slug, sourceId: params.id, actor }) };
  },
  { status: 202 },
);
