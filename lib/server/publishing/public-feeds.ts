import "server-only";
import { Feed } from "feed";
import { db } from "@/lib/db";
import { buildClaimReview } from "@/lib/domain/publishing/claim-review";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { appBaseUrl } from "@/lib/server/http/app-base-url";
import { cachedPublic, type TCachedResponse } from "./public-cache";
import { listPublished } from "./public-index-response";
import { notFound, publicOrg } from "./public-verdict-response";

const FEED_SIZE = 50;

/**
 * Feeds of a workspace's public record, built with the `feed` package (RSS 2.0 and Atom 1.0):
 * `verdicts` (each published verdict, newest first, at its current version) and `corrections`
 * (each correction and retraction with its note). Plus the JSON data feed of every published
 * ClaimReview (schema.org DataFeed, the shape fact-check aggregators ingest).
 */
export async function feedResponse(opts: { workspaceSlug: string; kind: "verdicts" | "corrections"; format: "rss" | "atom" }): Promise<TCachedResponse> {
  return cachedPublic(`feed|${opts.workspaceSlug}|${opts.kind}|${opts.format}`, async () => {
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    const base = appBaseUrl();
    const feed = new Feed({
      title: opts.kind === "verdicts" ? `${org.name}: fact checks` : `${org.name}: corrections and retractions`,
      description: opts.kind === "verdicts" ? `Fact checks published by ${org.name}.` : `Corrections and retractions of fact checks by ${org.name}.`,
      id: org.url,
      link: org.url,
      language: "en",
      copyright: org.name,
      generator: "Factdesk",
      feedLinks: { rss: `${base}/p/${org.slug}/${opts.kind === "verdicts" ? "feed.xml" : "corrections.xml"}`, atom: `${base}/p/${org.slug}/${opts.kind === "verdicts" ? "atom.xml" : "corrections.atom"}` },
      updated: new Date(0),
    });
    let updated = new Date(0);
    if (opts.kind === "verdicts") {
      const { items } = await listPublished(org.id, { limit: FEED_SIZE });
      for (const i of items) {
        const url = `${base}/p/${org.slug}/${i.slug}`;
        if (i.publishedAt > updated) updated = i.publishedAt;
        feed.addItem({
          title: `${i.content.rating.label}: ${i.content.claim.text}`,
          id: url,
          link: url,
          description: i.content.summary,
          date: i.publishedAt,
          published: i.firstPublishedAt,
          category: [{ name: i.content.rating.label }],
        });
      }
    } else {
      const rows = await db.publication.findMany({
        where: { workspaceId: org.id, kind: { in: ["CORRECTION", "RETRACTION"] }, claim: { publicSlug: { not: null } } },
        orderBy: { publishedAt: "desc" },
        take: FEED_SIZE,
        select: { id: true, version: true, kind: true, note: true, content: true, publishedAt: true, claim: { select: { publicSlug: true } } },
      });
      for (const r of rows) {
        const content = r.content as unknown as TPublicVerdict;
        const url = `${base}/p/${org.slug}/${r.claim.publicSlug}/v/${r.version}`;
        if (r.publishedAt > updated) updated = r.publishedAt;
        feed.addItem({
          title: `${r.kind === "RETRACTION" ? "Retracted" : "Corrected"}: ${content.claim.text}`,
          id: `${base}/p/${org.slug}/${r.claim.publicSlug}#v${r.version}`,
          link: url,
          description: r.note ?? "",
          date: r.publishedAt,
        });
      }
    }
    feed.options.updated = updated;
    const body = opts.format === "rss" ? feed.rss2() : feed.atom1();
    return { status: 200, body, contentType: opts.format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8", workspaceId: org.id };
  });
}

/** GET /p/{workspace}/claimreview.json: every published (not retracted) verdict's ClaimReview, as a schema.org DataFeed. */
export async function claimReviewFeedResponse(opts: { workspaceSlug: string }): Promise<TCachedResponse> {
  return cachedPublic(`claimreview|${opts.workspaceSlug}`, async () => {
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    const base = appBaseUrl();
    const elements = [];
    for (let offset = 0; ; offset += 500) {
      const { items } = await listPublished(org.id, { limit: 500, offset });
      for (const i of items) {
        const url = `${base}/p/${org.slug}/${i.slug}`;
        const lastNote = i.kind === "CORRECTION" ? await db.publication.findFirst({ where: { claimId: i.claimId, version: i.version }, select: { note: true } }) : null;
        elements.push({
          "@type": "DataFeedItem",
          dateCreated: i.firstPublishedAt.toISOString(),
          dateModified: i.publishedAt.toISOString(),
          item: [
            buildClaimReview({
              url,
              verdict: i.content,
              datePublished: i.firstPublishedAt.toISOString(),
              dateModified: i.publishedAt.getTime() !== i.firstPublishedAt.getTime() ? i.publishedAt.toISOString() : null,
              organization: { name: org.name, url: org.url },
              correction: lastNote?.note ? { text: lastNote.note, datePublished: i.publishedAt.toISOString() } : null,
            }),
          ],
        });
      }
      if (items.length < 500) break;
    }
    const body = JSON.stringify({ "@context": "https://schema.org", "@type": "DataFeed", name: `${org.name}: ClaimReview data feed`, url: `${base}/p/${org.slug}/claimreview.json`, dataFeedElement: elements });
    return { status: 200, body, contentType: "application/json; charset=utf-8", workspaceId: org.id };
  });
}
