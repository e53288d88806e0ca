import "server-only";
import { db } from "@/lib/db";
import { html } from "@/lib/domain/publishing/html";
import { rationaleHtml } from "@/lib/domain/publishing/rationale-html";
import { publicDocument, ratingDot } from "@/lib/domain/publishing/verdict-page-html";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { cachedPublic, type TCachedResponse } from "./public-cache";
import { notFound, publicOrg } from "./public-verdict-response";

/**
 * /p/{workspace}/methodology and /corrections-policy: the workspace's own text (settings → Public
 * pages) or, until it writes one, a default that says what Factdesk guarantees; the methodology
 * always lists the rating scale with what each rating means.
 */
export async function policyPageResponse(opts: { workspaceSlug: string; page: "methodology" | "corrections-policy" }): Promise<TCachedResponse> {
  return cachedPublic(`policy|${opts.workspaceSlug}|${opts.page}`, async () => {
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    const { requiredApprovals } = await db.workspace.findUniqueOrThrow({ where: { id: org.id }, select: { requiredApprovals: true } });
    const approvals = requiredApprovals === 1 ? "a reviewer who did not write it" : `${requiredApprovals} reviewers who did not write it`;
    let body;
    if (opts.page === "methodology") {
      const { scale } = ratingScaleFromStored(org.ratingScale);
      const own = org.profile.methodology;
      body = html`<h1>Methodology</h1>
${org.profile.about ? html`<p class="about">${org.profile.about}</p>` : ""}
<div class="prose">${own ? rationaleHtml(own) : html`<p>We check claims against primary sources: official records, datasets, documents and the people involved. Every source we rely on is listed with the fact check, with an archived copy where we could make one.</p><p>A researcher proposes each verdict with its rating, summary and reasoning; it is published only after ${approvals} has signed off exactly that text and those sources. Any later change to what was approved needs a new sign-off.</p>`}</div>
<h2>Our ratings</h2>
<dl class="scale">${scale.ratings.map((r) => html`<dt>${ratingDot(r.color)} ${r.label}</dt><dd>${r.description}</dd>`)}${scale.nonScale.map((r) => html`<dt>${ratingDot(r.color)} ${r.label}</dt><dd>${r.description}</dd>`)}</dl>`;
    } else {
      const own = org.profile.correctionsPolicy;
      body = html`<h1>Corrections policy</h1>
<div class="prose">${own ? rationaleHtml(own) : html`<p>When we get something wrong, we correct it in the open. A correction is researched and signed off like the original, then published at the same address with a note saying what was wrong and what changed; the page lists every change, and each earlier version stays readable.</p><p>If we can no longer stand behind a fact check, we retract it: its address then shows the retraction and why, never a missing page.</p>`}</div>
<p><a href="/p/${org.slug}/corrections.xml">Corrections feed (RSS)</a> · <a href="/p/${org.slug}/corrections.atom">Atom</a></p>`;
    }
    const title = opts.page === "methodology" ? "Methodology" : "Corrections policy";
    const doc = publicDocument({ title: `${title} · ${org.name}`, description: `${title} of ${org.name}.`, canonical: `${org.url}/${opts.page}`, org, body });
    return { status: 200, body: doc, contentType: "text/html; charset=utf-8", workspaceId: org.id };
  });
}
