import { STANCE_LABELS, type TStance } from "@/lib/domain/evidence/stance";
import { buildClaimReview, jsonForScript } from "./claim-review";
import type { THistoryEntry } from "./corrections-history";
import { html, safeHref, trusted, type SafeHtml } from "./html";
import type { TPublicVerdict } from "./public-verdict";
import { rationaleHtml } from "./rationale-html";

/** The workspace as readers see it. */
export type TPublicOrg = { slug: string; name: string; url: string; showNames: boolean; logoUrl?: string | null };

export type TVerdictPageInput = {
  org: TPublicOrg;
  /** Absolute canonical URL of the claim's page (the latest version). */
  url: string;
  /** Absolute URL of this page (a version's own URL when it is not the latest). */
  selfUrl: string;
  content: TPublicVerdict;
  version: number;
  latestVersion: number;
  kind: "PUBLISH" | "CORRECTION" | "RETRACTION";
  note: string | null;
  firstPublishedAt: string;
  publishedAt: string;
  history: THistoryEntry[];
  /** Each version's own path, by number. */
  versionPath: (version: number) => string;
  /** The claim's public path (/p/{workspace}/{claim}). */
  basePath: string;
  /** The app's origin, for absolute asset URLs in meta tags. */
  origin: string;
};

const COLOR = /^#[0-9a-f]{6}$/i;
export const formatPublicDate = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A rating's colour as an SVG fill (an attribute, not a style: the page's CSP allows no inline styles). */
export function ratingDot(color: string, size = 14): SafeHtml {
  const fill = COLOR.test(color) ? color : "#64748b";
  return html`<svg class="dot" width="${size}" height="${size}" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill="${fill}"/></svg>`;
}

/** The document shell every public page shares: meta, the stylesheet, no scripts. */
export function publicDocument(o: { title: string; description: string; canonical: string; org: TPublicOrg; head?: SafeHtml; body: SafeHtml; ogType?: string; image?: string }): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title><meta name="description" content="${o.description}"><link rel="canonical" href="${o.canonical}">
<meta property="og:type" content="${o.ogType ?? "website"}"><meta property="og:title" content="${o.title}"><meta property="og:description" content="${o.description}"><meta property="og:url" content="${o.canonical}"><meta property="og:site_name" content="${o.org.name}">
${o.image ? html`<meta property="og:image" content="${o.image}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta name="twitter:image" content="${o.image}">` : ""}<meta name="twitter:card" content="${o.image ? "summary_large_image" : "summary"}"><meta name="twitter:title" content="${o.title}"><meta name="twitter:description" content="${o.description}">
<link rel="stylesheet" href="/public-pages.css">${o.head ?? ""}</head>
<body><header class="site"><a class="org" href="/p/${o.org.slug}">${o.org.logoUrl ? html`<img class="logo" src="${o.org.logoUrl}" alt="" width="28" height="28">` : ""}${o.org.name}</a><span class="tag">Fact checks</span></header>
<main id="main">${o.body}</main>
<footer class="site"><a href="/p/${o.org.slug}">All fact checks</a> · <a href="/p/${o.org.slug}/methodology">Methodology</a> · <a href="/p/${o.org.slug}/corrections-policy">Corrections policy</a></footer>
</body></html>`}`;
}

function evidenceItem(e: TPublicVerdict["evidence"][number], snapshotPath: (id: string) => string): SafeHtml {
  const href = safeHref(e.source.url);
  const archive = safeHref(e.archiveUrl);
  const stance = e.stance as TStance;
  return html`<li><span class="stance stance-${stance.toLowerCase()}">${STANCE_LABELS[stance] ?? stance}</span>
<p class="source">${href ? html`<a href="${href}" rel="nofollow noopener">${e.source.title}</a>` : e.source.title}${e.source.publisher ? html` <span class="muted">· ${e.source.publisher}</span>` : ""}</p>
${e.excerpt ? html`<blockquote>${e.excerpt}</blockquote>` : ""}${
    e.snapshot || archive
      ? html`<p class="muted">${e.snapshot ? html`<a href="${snapshotPath(e.snapshot.id)}">Archived text</a> (${formatPublicDate(e.snapshot.capturedAt)})` : ""}${e.snapshot && archive ? " · " : ""}${archive ? html`<a href="${archive}" rel="nofollow noopener">Wayback Machine copy</a>` : ""}</p>`
      : ""
  }</li>`;
}

/** A published verdict's page (the latest version, an earlier one, or a retraction notice). */
export function verdictPageHtml(p: TVerdictPageInput): string {
  const v = p.content;
  const retracted = p.kind === "RETRACTION";
  const older = p.version < p.latestVersion;
  const latestCorrection = p.history.find((h) => h.kind === "CORRECTION");
  const jsonLd = retracted
    ? null
    : buildClaimReview({
        url: p.url,
        verdict: v,
        datePublished: p.firstPublishedAt,
        dateModified: p.publishedAt !== p.firstPublishedAt ? p.publishedAt : null,
        organization: { name: p.org.name, url: p.org.url },
        correction: latestCorrection?.note ? { text: latestCorrection.note, datePublished: latestCorrection.publishedAt } : null,
      });
  const appearance = safeHref(v.claim.appearanceUrl);
  const said = [v.claim.claimant, v.claim.claimDate ? formatPublicDate(`${v.claim.claimDate}T00:00:00Z`) : null].filter(Boolean).join(", ");
  const title = retracted ? `Retracted: ${v.claim.text}` : `${v.rating.label}: ${v.claim.text}`;
  const body = html`<article class="verdict-page">
${retracted ? html`<div class="notice notice-retracted" role="note"><strong>This fact check was retracted</strong> on ${formatPublicDate(p.publishedAt)}.${p.note ? html`<p>${p.note}</p>` : ""}<p class="muted">What was published is kept below for the record.</p></div>` : ""}
${older ? html`<div class="notice" role="note">You are reading version ${p.version} of this fact check. <a href="${p.versionPath(p.latestVersion)}">Read the current version</a>.</div>` : ""}
<p class="kicker">Fact check</p>
<h1>${v.claim.text}</h1>
<figure class="claim"><blockquote>“${v.claim.quote}”</blockquote><figcaption>${said || "Claimant not named"}${appearance ? html` · in <a href="${appearance}" rel="nofollow noopener">${v.claim.appearanceTitle || new URL(appearance).hostname}</a>` : ""}</figcaption></figure>
<section class="rating${retracted ? " struck" : ""}" aria-label="Verdict"><p class="label">${ratingDot(v.rating.color, 16)} <strong>${v.rating.label}</strong></p>${v.rating.description ? html`<p class="meaning">${v.rating.description}</p>` : ""}<p class="summary">${v.summary}</p></section>
${v.rationaleText.trim() ? html`<section><h2>How we checked</h2><div class="prose">${rationaleHtml(v.rationale)}</div></section>` : ""}
${v.evidence.length ? html`<section><h2>Sources</h2><ol class="evidence">${v.evidence.map((e) => evidenceItem(e, (id) => `${p.basePath}/sources/${id}`))}</ol></section>` : ""}
<section class="byline">
${p.org.showNames && v.authors.length ? html`<p>By ${v.authors.join(", ")}${v.reviewers.length ? html` · Reviewed by ${v.reviewers.join(", ")}` : ""}</p>` : ""}
<p class="muted">Published ${formatPublicDate(p.firstPublishedAt)}${p.publishedAt !== p.firstPublishedAt ? html` · Updated ${formatPublicDate(p.publishedAt)}` : ""}</p>
</section>
${p.history.length > 1 ? html`<section class="history"><h2>Corrections and updates</h2><ol>${p.history.map((h) => html`<li><time datetime="${h.publishedAt}">${formatPublicDate(h.publishedAt)}</time> — ${h.sentence}${h.note ? html` <q>${h.note}</q>` : ""} <a href="${p.versionPath(h.version)}">Version ${h.version}</a></li>`)}</ol></section>` : ""}
</article>`;
  return publicDocument({
    title: `${title} · ${p.org.name}`,
    description: retracted ? `Retracted fact check by ${p.org.name}.` : v.summary,
    canonical: older ? p.selfUrl : p.url,
    org: p.org,
    ogType: "article",
    image: `${p.url}/og.png`,
    head: html`<link rel="alternate" type="application/json+oembed" href="${p.origin}/api/oembed?${new URLSearchParams({ url: p.url, format: "json" }).toString()}" title="${v.claim.text}">${jsonLd ? html`<script type="application/ld+json">${trusted(jsonForScript(jsonLd))}</script>` : ""}${older || retracted ? html`<meta name="robots" content="noindex">` : ""}`,
    body,
  });
}

/** A page that is not there (an unknown workspace or claim, an unpublished one: all alike). */
export function notFoundHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title><link rel="stylesheet" href="/public-pages.css"><meta name="robots" content="noindex"></head><body><main id="main"><h1>Not found</h1><p>There is no published fact check at this address.</p></main></body></html>`;
}
