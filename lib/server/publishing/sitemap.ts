import "server-only";
import { db } from "@/lib/db";
import { escapeHtml } from "@/lib/domain/publishing/html";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import { cachedPublic, type TCachedResponse } from "./public-cache";

/**
 * GET /sitemap.xml: every workspace's public index and every published verdict that is not
 * retracted, at its current address, with when it last changed. (Up to 50,000 URLs, the
 * protocol's limit for one file.)
 */
export async function sitemapResponse(): Promise<TCachedResponse> {
  return cachedPublic("sitemap", async () => {
    const base = appBaseUrl();
    const rows = await db.$queryRaw<{ ws: string; slug: string; lastmod: Date; kind: string }[]>`
      SELECT DISTINCT ON (p."claimId") w.slug AS ws, c."publicSlug" AS slug, p."publishedAt" AS lastmod, p.kind::text AS kind
      FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Workspace" w ON w.id = p."workspaceId"
      WHERE c."publicSlug" IS NOT NULL
      ORDER BY p."claimId", p.version DESC
      LIMIT 49000`;
    const live = rows.filter((r) => r.kind !== "RETRACTION");
    const workspaces = new Map<string, Date>();
    for (const r of live) if (!workspaces.has(r.ws) || workspaces.get(r.ws)! < r.lastmod) workspaces.set(r.ws, r.lastmod);
    const url = (loc: string, lastmod: Date) => `<url><loc>${escapeHtml(loc)}</loc><lastmod>${lastmod.toISOString()}</lastmod></url>`;
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[
      ...[...workspaces].map(([ws, at]) => url(`${base}/p/${ws}`, at)),
      ...live.map((r) => url(`${base}/p/${r.ws}/${r.slug}`, r.lastmod)),
    ].join("")}</urlset>\n`;
    return { status: 200, body, contentType: "application/xml; charset=utf-8", workspaceId: null };
  });
}
