import { ZExportAuditEventsCsvInput } from "@/lib/server/audit/export-audit-events-csv";
import { bodySchema } from "@/lib/server/http/route";

/** GET …/audit/export.csv query string: the log's filters (`member`, `action`, `targetType`, `targetId`, `from`, `to`). Also described by /api/openapi.json. */
export const ZExportAuditEventsCsvQuery = bodySchema(ZExportAuditEventsCsvInput, ["workspaceSlug"]);
