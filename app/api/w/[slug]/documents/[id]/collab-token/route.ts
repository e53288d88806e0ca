import { apiRoute } from "@/lib/server/http/route";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";

// A fresh short-lived token per (re)connect; never cache it.
export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string; id: string }>(async ({ params, actor }) => {
  const grant = await issueCollabToken({ workspaceSlug: params.slug, documentId: params.id, actor });
  return Response.json(grant, { headers: { "Cache-Control": "no-store" } });
});
