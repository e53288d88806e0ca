import { publicResponse } from "@/lib/server/publishing/public-cache";
import { sitemapResponse } from "@/lib/server/publishing/sitemap";

/** Every published verdict page, for search engines. */
export async function GET(req: Request): Promise<Response> {
  return publicResponse(req, await sitemapResponse());
}
