import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import { strict } from "@/lib/server/http/route";
import { publicOrg, publicVerdictResponse } from "./public-verdict-response";
import { db } from "@/lib/db";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";

export const ZOEmbedQuery = strict(
  z.object({
    url: z.string({ error: "url is required: the address of a published verdict page." }).max(500, "url is too long."),
    format: z.enum(["json"], { error: "Only format=json is offered." }).optional(),
    maxwidth: z.coerce.number().int().min(200).max(2000).optional(),
    maxheight: z.coerce.number().int().min(100).max(2000).optional(),
  }),
);

const PAGE = /^\/p\/([a-z0-9-]{1,40})\/([a-z0-9-]{1,100})\/?$/;

/** oEmbed 1.0 (type "rich") for a published verdict page: an iframe of its embed card. */
export async function oembedFor(query: z.output<typeof ZOEmbedQuery>) {
  const base = appBaseUrl();
  let path: string;
  try {
    const u = new URL(query.url);
    if (u.origin !== new URL(base).origin) throw new Error();
    path = u.pathname;
  } catch {
    throw new AppError("NOT_FOUND", "That is not the address of a published verdict here.");
  }
  const m = PAGE.exec(path);
  if (!m) throw new AppError("NOT_FOUND", "That is not the address of a published verdict here.");
  const page = await publicVerdictResponse({ workspaceSlug: m[1]!, claimSlug: m[2]! });
  if (page.status !== 200 && page.status !== 410) throw new AppError("NOT_FOUND", "No published verdict at that address.");
  const org = (await publicOrg(m[1]!))!;
  const slug = await db.claim.findFirst({ where: { workspaceId: org.id, publicSlugs: { some: { slug: m[2]! } } }, select: { publicSlug: true, publications: { orderBy: { version: "desc" }, take: 1, select: { content: true } } } });
  if (!slug?.publicSlug || !slug.publications[0]) throw new AppError("NOT_FOUND", "No published verdict at that address.");
  const content = slug.publications[0].content as unknown as TPublicVerdict;
  const width = Math.min(query.maxwidth ?? 560, 560);
  const height = Math.min(query.maxheight ?? 220, 220);
  const src = `${base}/p/${org.slug}/${slug.publicSlug}/embed`;
  const title = `${content.rating.label}: ${content.claim.text}`;
  const attr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    version: "1.0",
    type: "rich",
    provider_name: org.name,
    provider_url: org.url,
    title,
    width,
    height,
    html: `<iframe src="${attr(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${attr(`Fact check: ${title}`)}" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`,
  };
}
