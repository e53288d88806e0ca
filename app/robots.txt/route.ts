import { appBaseUrl } from "@/lib/server/http/app-base-url";

export const dynamic = "force-dynamic";

/** Search engines may read the public pages (/p/…) and nothing else; the sitemap lists them. */
export function GET(): Response {
  const body = ["User-agent: *", "Allow: /p/", "Allow: /public-pages.css", "Disallow: /", "", `Sitemap: ${appBaseUrl()}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
