import { exportClaimsCsv } from "@/lib/server/claims/export-claims-csv";
import { apiRoute } from "@/lib/server/http/route";
import { listFilters } from "../list-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => {
  const { csv, filename } = await exportClaimsCsv({ actor, origin: new URL(req.url).origin, ...listFilters(req.url), workspaceSlug: params.slug });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
});
