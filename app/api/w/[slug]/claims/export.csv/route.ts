import { exportClaimsCsv } from "@/lib/server/claims/export-claims-csv";
import { apiRoute, readQuery } from "@/lib/server/http/route";
import { ZListClaimsQuery } from "../list-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params, req }) => {
  const { csv, filename } = await exportClaimsCsv({ ...readQuery(req, ZListClaimsQuery), workspaceSlug: params.slug, origin: new URL(req.url).origin, actor });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
});
