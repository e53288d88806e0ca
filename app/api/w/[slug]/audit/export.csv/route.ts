import { exportAuditEventsCsv } from "@/lib/server/audit/export-audit-events-csv";
import { apiRoute, readQuery } from "@/lib/server/http/route";
import { ZExportAuditEventsCsvQuery } from "./request-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => {
  const { csv, filename } = await exportAuditEventsCsv({ ...readQuery(req, ZExportAuditEventsCsvQuery), workspaceSlug: params.slug, actor });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
});
