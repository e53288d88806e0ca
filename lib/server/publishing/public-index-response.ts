import "server-only";
import { db } from "@/lib/db";
import { html } from "@/lib/domain/publishing/html";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { formatPublicDate, publicDocument, ratingDot } from "@/lib/domain/publishing/verdict-page-html";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { cachedPublic, type TCachedResponse } from "./public-cache";
import { notFound, publicOrg } from "./public-verdict-response";

export const PAGE_SIZE = 20;
const HTML = "text/html; charset=utf-8";

export type TPublicListItem = { claimId: string; slug: string; content: TPublicVerdict; version: number; kind: string; firstPublishedAt: Date; publishedAt: Date };

/**
 * The workspace's published verdicts (the latest version of each, retracted ones left out), newest
 * first, optionally filtered by rating label and searched with PostgreSQL full-text search over
 * the claim, the claimant and the summary. Shared by the index page, the feeds and the data feed.
 */
export async function listPublished(workspaceId: string, opts: { q?: string | null; rating?: string | null; offset?: number; limit?: number; includeRetracted?: boolean } = {}): Promise<{ items: TPublicListItem[]; total: number }> {
  const q = opts.q?.trim() || null;
  const rating = opts.rating?.trim() || null;
  const rows = await db.$queryRaw<(Omit<TPublicListItem, "content"> & { content: unknown; total: bigint })[]>`
    WITH latest AS (
      SELECT DISTINCT ON (p."claimId") p."claimId", p.version, p.kind::text AS kind, p.content, p."publishedAt"
      FROM "Publication" p WHERE p."workspaceId" = ${workspaceId}::uuid
      ORDER BY p."claimId", p.version DESC
    ), firsts AS (
      SELECT "claimId", min("publishedAt") AS "firstPublishedAt" FROM "Publication" WHERE "workspaceId" = ${workspaceId}::uuid GROUP BY "claimId"
    )
    SELECT l."claimId", c."publicSlug" AS slug, l.content, l.version, l.kind, f."firstPublishedAt", l."publishedAt", count(*) OVER () AS total
    FROM latest l JOIN firsts f ON f."claimId" = l."claimId" JOIN "Claim" c ON c.id = l."claimId"
    WHERE c."publicSlug" IS NOT NULL
      AND (${opts.includeRetracted ?? false} OR l.kind <> 'RETRACTION')
      AND (${rating}::text IS NULL OR l.content->'rating'->>'label' = ${rating}::text)
      AND (${q}::text IS NULL OR to_tsvector('english', coalesce(l.content->'claim'->>'text', '') || ' ' || coalesce(l.content->'claim'->>'claimant', '') || ' ' || coalesce(l.content->>'summary', ''))
           @@ websearch_to_tsquery('english', ${q}::text))
    ORDER BY f."firstPublishedAt" DESC, l."claimId"
    LIMIT ${opts.limit ?? PAGE_SIZE} OFFSET ${opts.offset ?? 0}`;
  return { items: rows.map((r) => ({ ...r, content: r.content as TPublicVerdict })), total: Number(rows[0]?.total ?? 0) };
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** GET /p/{workspace}?q=&rating=&page=: the public index. Bad parameters are a 400 page that says which. */
export async function publicIndexResponse(opts: { workspaceSlug: string; search: URLSearchParams }): Promise<TCachedResponse> {
  const q = (opts.search.get("q") ?? "").trim();
  const rating = (opts.search.get("rating") ?? "").trim();
  const pageRaw = opts.search.get("page") ?? "1";
  const problems: string[] = [];
  if (q.length > 100 || CONTROL.test(q)) problems.push("The search is at most 100 characters of text.");
  if (rating.length > 80 || CONTROL.test(rating)) problems.push("Unknown rating.");
  if (!/^[1-9][0-9]{0,3}$/.test(pageRaw)) problems.push("The page is a whole number from 1.");
  const page = problems.length ? 1 : Number(pageRaw);
  const key = `index|${opts.workspaceSlug}|${q}|${rating}|${page}|${problems.length}`;
  return cachedPublic(key, async () => {
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    if (problems.length) {
      const body = publicDocument({ title: `Bad request · ${org.name}`, description: problems.join(" "), canonical: org.url, org, body: html`<h1>That search did not work</h1><p>${problems.join(" ")}</p><p><a href="/p/${org.slug}">All fact checks</a></p>` });
      return { status: 400, body, contentType: HTML, workspaceId: org.id };
    }
    const ws = await db.workspace.findUniqueOrThrow({ where: { id: org.id }, select: { ratingScale: true } });
    const { scale } = ratingScaleFromStored(ws.ratingScale);
    const labels = [...scale.ratings.map((r) => r.label), ...scale.nonScale.map((r) => r.label)];
    const { items, total } = await listPublished(org.id, { q, rating, offset: (page - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const link = (p: number) => `/p/${org.slug}?${new URLSearchParams({ ...(q ? { q } : {}), ...(rating ? { rating } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString()}`;
    const body = html`<h1>Fact checks by ${org.name}</h1>
<form class="search" method="get" action="/p/${org.slug}" role="search">
<label class="sr-only" for="q">Search the fact checks</label><input id="q" name="q" type="search" value="${q}" placeholder="Search the fact checks" maxlength="100">
<label class="sr-only" for="rating">Rating</label><select id="rating" name="rating"><option value="">Every rating</option>${labels.map((l) => html`<option value="${l}"${l === rating ? html` selected` : ""}>${l}</option>`)}</select>
<button type="submit">Search</button></form>
<p class="muted" role="status">${total === 0 ? (q || rating ? "No fact check matches." : "Nothing published yet.") : `${total} fact check${total === 1 ? "" : "s"}${q || rating ? " found" : ""}.`}</p>
<ul class="verdicts">${items.map(
      (i) => html`<li><p class="rating-line">${ratingDot(i.content.rating.color)} ${i.content.rating.label}</p>
<h2><a href="/p/${org.slug}/${i.slug}">${i.content.claim.text}</a></h2>
<p>${i.content.summary}</p>
<p class="muted">${i.content.claim.claimant ? `${i.content.claim.claimant} · ` : ""}Published ${formatPublicDate(i.firstPublishedAt.toISOString())}${i.kind === "CORRECTION" ? html` · <strong>Corrected</strong>` : ""}</p></li>`,
    )}</ul>
${pages > 1 ? html`<nav class="pages" aria-label="Pages">${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">← Newer</a>` : html`<span></span>`}<span class="muted">Page ${page} of ${pages}</span>${page < pages ? html`<a href="${link(page + 1)}" rel="next">Older →</a>` : html`<span></span>`}</nav>` : ""}`;
    const doc = publicDocument({
      title: `Fact checks · ${org.name}`,
      description: `Fact checks published by ${org.name}, with their sources and corrections.`,
      canonical: `${org.url}${page > 1 ? `?page=${page}` : ""}`,
      org,
      head: html`<link rel="alternate" type="application/rss+xml" title="${org.name}: fact checks (RSS)" href="/p/${org.slug}/feed.xml"><link rel="alternate" type="application/atom+xml" title="${org.name}: fact checks (Atom)" href="/p/${org.slug}/atom.xml">${q || rating ? html`<meta name="robots" content="noindex">` : ""}`,
      body,
    });
    return { status: 200, body: doc, contentType: HTML, workspaceId: org.id };
  });
}
