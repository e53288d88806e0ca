import { apiRoute, bodySchema, readQuery } from "@/lib/server/http/route";
import { listAuditEvents, ZListAuditEventsInput } from "@/lib/server/audit/list-audit-events";

const ZListAuditEventsQuery = bodySchema(ZListAuditEventsInput, ["workspaceSlug"]);

export const GET = apiRoute<{ slug: string }>(async ({ req, actor, params }) => listAuditEvents({ ...readQuery(req, ZListAuditEventsQuery), workspaceSlug: params.slug, actor }));
