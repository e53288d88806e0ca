import { ZListAuditEventsInput } from "@/lib/server/audit/list-audit-events";
import { bodySchema } from "@/lib/server/http/route";

/** The audit log's query string: `limit`, `cursor` and the filters (`member`, `action`, `targetType`, `targetId`, `from`, `to`). Also described by /api/openapi.json. */
export const ZListAuditEventsQuery = bodySchema(ZListAuditEventsInput, ["workspaceSlug"]);
