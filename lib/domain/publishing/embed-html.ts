import { html } from "./html";
import type { TPublicVerdict } from "./public-verdict";
import { ratingDot } from "./verdict-page-html";

/**
 * The compact verdict card other sites frame (/p/{workspace}/{claim}/embed): the claim, the rating
 * and the summary, linking to the full page in a new tab. No script; its own small stylesheet.
 */
export function embedHtml(o: { orgName: string; pageUrl: string; content: TPublicVerdict; retracted: boolean }): string {
  const v = o.content;
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${v.rating.label}: ${v.claim.text}</title><link rel="stylesheet" href="/public-embed.css"><meta name="robots" content="noindex"></head>
<body><article class="card"><p class="org">Fact check · ${o.orgName}</p>
<p class="claim">${v.claim.text}</p>
${o.retracted ? html`<p class="rating"><strong>Retracted</strong></p>` : html`<p class="rating">${ratingDot(v.rating.color)} <strong>${v.rating.label}</strong></p><p class="summary">${v.summary}</p>`}
<p class="more"><a href="${o.pageUrl}" target="_blank" rel="noopener">Read the full fact check<span class="sr-only"> (opens in a new tab)</span></a></p></article></body></html>`}`;
}
