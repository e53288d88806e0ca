import "server-only";
import { createHash } from "node:crypto";
import type { TTx } from "@/lib/db";
import { findExcerpt } from "@/lib/domain/evidence/find-excerpt";
import { normalizeSourceUrl } from "@/lib/domain/evidence/normalize-source-url";
import { DEMO_CLAIMS } from "@/prisma/seed/demo-claims";
import { DEMO_EVIDENCE, DEMO_SOURCES, type TDemoSource } from "@/prisma/seed/demo-evidence";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The archived page of a demo source: a small HTML page and the readable text a capture extracts from it. */
function archivedPage(source: TDemoSource, paragraphs: string[]) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(source.title)}</title></head><body><article><h1>${escapeHtml(source.title)}</h1>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}</article></body></html>`;
  return { html, text: [source.title, ...paragraphs].join("\n\n") };
}

/**
 * The demo library and the evidence on the demo claims (prisma/seed/demo-evidence.ts), written
 * directly with their archived copies: the demo never queues a fetch, so it works offline.
 * Whether each excerpt is in its source's copy is computed here with the same finder as the app.
 */
export async function seedDemoEvidence(tx: TTx, input: { workspaceId: string; userIds: Map<string, string> }) {
  const claims = await tx.claim.findMany({ where: { workspaceId: input.workspaceId }, select: { id: true, quoteExact: true } });
  const claimId = new Map(claims.map((c) => [c.quoteExact, c.id]));
  // A detached demo claim's row holds its stale quote; evidence names the claim by its article quote.
  for (const c of DEMO_CLAIMS) if (c.detachedQuote && claimId.has(c.detachedQuote)) claimId.set(c.quote, claimId.get(c.detachedQuote)!);
  const sources = new Map<string, { id: string; text: string | null }>();
  for (const s of DEMO_SOURCES) {
    const createdById = input.userIds.get(s.addedBy)!;
    const row = await tx.source.create({
      data: {
        workspaceId: input.workspaceId,
        url: s.url ?? null,
        normalizedUrl: s.url ? normalizeSourceUrl(s.url) : null,
        title: s.title,
        publisher: s.publisher ?? null,
        author: s.author ?? null,
        publishedAt: s.publishedAt ? new Date(`${s.publishedAt}T00:00:00Z`) : null,
        type: s.type,
        reliabilityNote: s.reliabilityNote ?? "",
        description: s.description ?? "",
        createdById,
      },
    });
    let text: string | null = null;
    const snap = s.snapshot;
    if (snap && s.url) {
      if (snap.status === "OK") {
        const page = archivedPage(s, snap.paragraphs);
        text = page.text;
        await tx.sourceSnapshot.create({
          data: {
            workspaceId: input.workspaceId,
            sourceId: row.id,
            status: "OK",
            requestedUrl: s.url,
            finalUrl: s.url,
            httpStatus: 200,
            contentType: "text/html",
            contentHash: createHash("sha256").update(page.html).digest("hex"),
            byteSize: Buffer.byteLength(page.html),
            title: s.title,
            text: page.text,
            html: page.html,
            attempts: 1,
            requestedById: createdById,
            fetchedAt: new Date(snap.fetchedAt),
          },
        });
      } else {
        await tx.sourceSnapshot.create({
          data: {
            workspaceId: input.workspaceId,
            sourceId: row.id,
            status: "FAILED",
            requestedUrl: s.url,
            httpStatus: snap.httpStatus,
            errorCode: snap.errorCode,
            error: snap.error,
            attempts: 1,
            requestedById: createdById,
            fetchedAt: new Date(snap.fetchedAt),
          },
        });
      }
    }
    sources.set(s.key, { id: row.id, text });
  }
  const positions = new Map<string, number>();
  for (const e of DEMO_EVIDENCE) {
    const claim = claimId.get(e.claimQuote);
    // Demo data is ours: evidence on a claim that is not there is a bug to fix, not to skip.
    if (!claim) throw new Error(`Demo evidence names a claim that is not in the demo: ${e.claimQuote}`);
    const source = sources.get(e.source);
    if (!source) throw new Error(`Demo evidence names an unknown source: ${e.source}`);
    const position = positions.get(claim) ?? 0;
    positions.set(claim, position + 1);
    await tx.evidence.create({
      data: {
        workspaceId: input.workspaceId,
        claimId: claim,
        sourceId: source.id,
        stance: e.stance,
        excerpt: e.excerpt,
        note: e.note ?? "",
        position,
        excerptFound: source.text !== null && e.excerpt ? findExcerpt(source.text, e.excerpt) !== null : null,
        createdById: input.userIds.get(e.addedBy)!,
      },
    });
  }
}
