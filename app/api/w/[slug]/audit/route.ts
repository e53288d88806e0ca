import { apiRoute, readQuery } from "@/lib/server/http/route";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { ZListAuditEventsQuery } from "./request-schemas";

export const GET = apiRoute<{ slug: string }>(async ({ req, actor, params }) => listAuditEvents({ ...readQuery(req, ZListAuditEventsQuery), workspaceSlug: params.slug, actor }));
