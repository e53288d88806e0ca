import { publicResponse } from "@/lib/server/publishing/public-cache";
import { sitemapResponse } from "@/lib/server/publishing/sitemap";

// Read from the database (and the in-memory cache) per request; never prerendered at build time.
export const dynamic = "force-dynamic";

/** Every published verdict page, for search engines. */
export async function GET(req: Request): Promise<Response> {
  return publicResponse(req, await sitemapResponse());
}
