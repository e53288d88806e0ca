import { publicRoute, readQuery } from "@/lib/server/http/route";
import { oembedFor, ZOEmbedQuery } from "@/lib/server/publishing/oembed";

/** GET /api/oembed?url=…: oEmbed for published verdict pages (anyone; published data only). */
export const GET = publicRoute(async ({ req }) => {
  const res = Response.json(await oembedFor(readQuery(req, ZOEmbedQuery)));
  res.headers.set("cache-control", "public, max-age=300");
  return res;
});
