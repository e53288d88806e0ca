import "server-only";
import { db } from "@/lib/db";
import { correctionsHistory } from "@/lib/domain/publishing/corrections-history";
import { publicProfileFromStored, type TPublicProfile } from "@/lib/domain/publishing/public-profile";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { embedHtml } from "@/lib/domain/publishing/embed-html";
import { notFoundHtml, verdictPageHtml, type TPublicOrg } from "@/lib/domain/publishing/verdict-page-html";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import { cachedPublic, type TCachedResponse } from "./public-cache";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTML = "text/html; charset=utf-8";

export const notFound = (): Omit<TCachedResponse, "etag" | "key"> => ({ status: 404, body: notFoundHtml(), contentType: HTML, workspaceId: null });

/** The workspace's public face (its public profile over its defaults), or null when the slug names none. */
export async function publicOrg(workspaceSlug: string): Promise<(TPublicOrg & { id: string; profile: TPublicProfile; ratingScale: unknown }) | null> {
  if (!SLUG.test(workspaceSlug) || workspaceSlug.length > 40) return null;
  const ws = await db.workspace.findUnique({ where: { slug: workspaceSlug }, select: { id: true, slug: true, name: true, publicProfile: true, ratingScale: true } });
  if (!ws) return null;
  const profile = publicProfileFromStored(ws.publicProfile);
  return { id: ws.id, slug: ws.slug, name: profile.publicName ?? ws.name, url: `${appBaseUrl()}/p/${ws.slug}`, showNames: profile.showNames, logoUrl: profile.logoUrl, profile, ratingScale: ws.ratingScale };
}

/**
 * GET /p/{workspace}/{claim-slug}[/v/{n}]: the published verdict page, from the cache when
 * unchanged. Everything that is not a publication answers alike (404), so nobody can tell an
 * unpublished claim from a made-up address; a retired slug redirects (308) to the current one;
 * a retracted verdict keeps its address with a retraction notice (410).
 */
export async function publicVerdictResponse(opts: { workspaceSlug: string; claimSlug: string; version?: number; embed?: boolean }): Promise<TCachedResponse> {
  const key = `verdict|${opts.workspaceSlug}|${opts.claimSlug}|${opts.version ?? "latest"}|${opts.embed ? "embed" : "page"}`;
  return cachedPublic(key, async () => {
    if (!SLUG.test(opts.claimSlug) || opts.claimSlug.length > 100) return notFound();
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    const slug = await db.publicSlug.findUnique({ where: { workspaceId_slug: { workspaceId: org.id, slug: opts.claimSlug } }, select: { claim: { select: { id: true, publicSlug: true } } } });
    if (!slug?.claim.publicSlug) return notFound();
    const base = `/p/${org.slug}/${slug.claim.publicSlug}`;
    if (slug.claim.publicSlug !== opts.claimSlug) {
      const to = opts.version ? `${base}/v/${opts.version}` : opts.embed ? `${base}/embed` : base;
      return { status: 308, body: "", contentType: "text/plain", headers: { location: to }, workspaceId: org.id };
    }
    const versions = await db.publication.findMany({
      where: { claimId: slug.claim.id, workspaceId: org.id },
      orderBy: { version: "asc" },
      select: { version: true, kind: true, content: true, note: true, publishedAt: true },
    });
    const latest = versions.at(-1);
    const shown = opts.version ? versions.find((v) => v.version === opts.version) : latest;
    if (!latest || !shown) return notFound();
    const contentOf = (v: (typeof versions)[number]) => v.content as unknown as TPublicVerdict;
    const history = correctionsHistory(versions.map((v) => ({ version: v.version, kind: v.kind, ratingLabel: contentOf(v).rating.label, publishedAt: v.publishedAt.toISOString(), note: v.note })));
    const origin = appBaseUrl();
    if (opts.embed) {
      const retracted = latest.kind === "RETRACTION";
      return { status: 200, body: embedHtml({ orgName: org.name, pageUrl: `${origin}${base}`, content: contentOf(latest), retracted }), contentType: HTML, workspaceId: org.id };
    }
    const body = verdictPageHtml({
      org,
      url: `${origin}${base}`,
      selfUrl: `${origin}${base}/v/${shown.version}`,
      content: contentOf(shown),
      version: shown.version,
      latestVersion: latest.version,
      kind: shown.kind,
      note: shown.note,
      firstPublishedAt: versions[0]!.publishedAt.toISOString(),
      publishedAt: shown.publishedAt.toISOString(),
      history,
      versionPath: (n) => `${base}/v/${n}`,
      basePath: base,
      origin,
    });
    // A retraction answers 410 at the claim's own address (never a bare 404); a version's own URL still reads.
    const gone = !opts.version && latest.kind === "RETRACTION";
    return { status: gone ? 410 : 200, body, contentType: HTML, workspaceId: org.id };
  });
}
