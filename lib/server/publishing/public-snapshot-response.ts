import "server-only";
import { db } from "@/lib/db";
import { findExcerpt } from "@/lib/domain/evidence/find-excerpt";
import { isUuid } from "@/lib/domain/ids";
import { html, safeHref } from "@/lib/domain/publishing/html";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { formatPublicDate, publicDocument } from "@/lib/domain/publishing/verdict-page-html";
import { cachedPublic, type TCachedResponse } from "./public-cache";
import { notFound, publicOrg } from "./public-verdict-response";

/**
 * GET /p/{workspace}/{claim}/sources/{snapshot}: the readable text of a capture a published
 * version of this claim cites, with the cited excerpts marked. Only captures a publication names
 * are public: any other id, or one of another claim, is the same 404. The captured HTML itself is
 * never served here.
 */
export async function publicSnapshotResponse(opts: { workspaceSlug: string; claimSlug: string; snapshotId: string }): Promise<TCachedResponse> {
  return cachedPublic(`snapshot|${opts.workspaceSlug}|${opts.claimSlug}|${opts.snapshotId}`, async () => {
    if (!isUuid(opts.snapshotId) || !/^[a-z0-9-]{1,100}$/.test(opts.claimSlug)) return notFound();
    const org = await publicOrg(opts.workspaceSlug);
    if (!org) return notFound();
    const claim = await db.claim.findFirst({ where: { workspaceId: org.id, publicSlug: opts.claimSlug }, select: { id: true, publications: { select: { content: true } } } });
    if (!claim) return notFound();
    const cited = claim.publications.flatMap((p) => (p.content as unknown as TPublicVerdict).evidence.filter((e) => e.snapshot?.id === opts.snapshotId));
    if (cited.length === 0) return notFound();
    const snap = await db.sourceSnapshot.findFirst({ where: { id: opts.snapshotId, workspaceId: org.id, status: "OK" }, select: { text: true, title: true, finalUrl: true, requestedUrl: true, fetchedAt: true, createdAt: true, contentHash: true } });
    if (!snap?.text) return notFound();
    const text = snap.text;
    // Mark every cited excerpt found in the text (fuzzy, as the app checks them).
    const marks = [...new Set(cited.map((e) => e.excerpt).filter(Boolean))]
      .map((ex) => findExcerpt(text, ex))
      .filter((m): m is NonNullable<typeof m> => m !== null)
      .sort((a, b) => a.start - b.start)
      .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
    const parts: (string | ReturnType<typeof html>)[] = [];
    let at = 0;
    for (const m of marks) {
      parts.push(text.slice(at, m.start), html`<mark>${text.slice(m.start, m.end)}</mark>`);
      at = m.end;
    }
    parts.push(text.slice(at));
    const source = cited[0]!.source;
    const from = safeHref(snap.finalUrl ?? snap.requestedUrl);
    const body = html`<p class="kicker">Archived source</p>
<h1>${snap.title || source.title}</h1>
<p class="muted">Captured by ${org.name} on ${formatPublicDate((snap.fetchedAt ?? snap.createdAt).toISOString())}${from ? html` from <a href="${from}" rel="nofollow noopener">${from}</a>` : ""}. The readable text of the page as it was then${marks.length ? "; the passages the fact check cites are highlighted" : ""}.</p>
<p><a href="/p/${org.slug}/${opts.claimSlug}">← Back to the fact check</a></p>
<div class="snapshot-text">${parts}</div>
${snap.contentHash ? html`<p class="muted">SHA-256 of the captured text: <code>${snap.contentHash}</code></p>` : ""}`;
    const doc = publicDocument({
      title: `Archived: ${snap.title || source.title} · ${org.name}`,
      description: `The archived text of a source cited by ${org.name}.`,
      canonical: `${org.url}/${opts.claimSlug}/sources/${opts.snapshotId}`,
      org,
      head: html`<meta name="robots" content="noindex">`,
      body,
    });
    return { status: 200, body: doc, contentType: "text/html; charset=utf-8", workspaceId: org.id };
  });
}
