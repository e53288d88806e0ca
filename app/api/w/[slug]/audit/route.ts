import { apiRoute } from "@/lib/server/http/route";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";

export const GET = apiRoute<{ slug: string }>(async ({ req, actor, params }) => {
  const q = new URL(req.url).searchParams;
  return listAuditEvents({ actor, workspaceSlug: params.slug, limit: q.get("limit") ?? undefined, cursor: q.get("cursor") ?? undefined });
});
