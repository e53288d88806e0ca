import { afterAll, describe, expect, it } from "vitest";
import { GET as OEMBED } from "@/app/api/oembed/route";
import { GET as INDEX } from "@/app/p/[workspace]/route";
import { GET as EMBED } from "@/app/p/[workspace]/[slug]/embed/route";
import { GET as RSS } from "@/app/p/[workspace]/feed.xml/route";
import { GET as ATOM } from "@/app/p/[workspace]/atom.xml/route";
import { GET as CORRECTIONS } from "@/app/p/[workspace]/corrections.xml/route";
import { GET as DATA } from "@/app/p/[workspace]/claimreview.json/route";
import { GET as SITEMAP } from "@/app/sitemap.xml/route";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { securityHeaders } from "@/lib/server/http/security-headers";
import { retractVerdict } from "@/lib/server/publishing/retract-verdict";
import { act, actorOf, approvedWorld, getPublic, publicSlugOf } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const ws = (slug: string) => ({ params: Promise.resolve({ workspace: slug }) });
const get = (path: string) => new Request(`http://localhost:3000${path}`);
const text = async (p: Promise<Response> | Response) => {
  const r = await p;
  return { status: r.status, body: await r.text(), type: r.headers.get("content-type") ?? "" };
};

async function published() {
  const x = await approvedWorld();
  await act(x, x.w.admin, "publish");
  return { x, slug: await publicSlugOf(x.claim.id) };
}

describe("around the page", () => {
  it("the index lists published verdicts, searches them (full text), filters by rating and refuses bad parameters", async () => {
    const { x, slug } = await published();
    const index = await text(INDEX(get(`/p/${x.w.slug}`), ws(x.w.slug)));
    expect(index.status).toBe(200);
    expect(index.body).toContain(`href="/p/${x.w.slug}/${slug}"`);
    expect(index.body).toContain("1 fact check.");
    expect(index.body).toContain('type="application/rss+xml"');
    // Full-text search with English stemming: "records" finds "record low".
    expect((await text(INDEX(get(`/p/${x.w.slug}?q=records`), ws(x.w.slug)))).body).toContain(`/p/${x.w.slug}/${slug}`);
    expect((await text(INDEX(get(`/p/${x.w.slug}?q=harbour`), ws(x.w.slug)))).body).toContain("No fact check matches.");
    expect((await text(INDEX(get(`/p/${x.w.slug}?rating=Mostly%20false`), ws(x.w.slug)))).body).toContain("1 fact check found.");
    expect((await text(INDEX(get(`/p/${x.w.slug}?rating=True`), ws(x.w.slug)))).body).toContain("No fact check matches.");
    for (const bad of ["?page=0", "?page=abc", `?q=${"x".repeat(101)}`, "?q=%00"]) expect((await text(INDEX(get(`/p/${x.w.slug}${bad}`), ws(x.w.slug)))).status).toBe(400);
    expect((await text(INDEX(get("/p/no-such-desk"), ws("no-such-desk")))).status).toBe(404);
  });

  it("RSS and Atom feeds of verdicts and of corrections, the ClaimReview data feed and the sitemap carry what is published", async () => {
    const { x, slug } = await published();
    const rss = await text(RSS(get(`/p/${x.w.slug}/feed.xml`), ws(x.w.slug)));
    expect(rss.type).toMatch(/application\/rss\+xml/);
    expect(rss.body).toMatch(/^<\?xml/);
    expect(rss.body).toContain("<title><![CDATA[Mostly false: unemployment is at a record low]]></title>");
    expect(rss.body).toContain(`/p/${x.w.slug}/${slug}</link>`);
    const atom = await text(ATOM(get(`/p/${x.w.slug}/atom.xml`), ws(x.w.slug)));
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toContain(`/p/${x.w.slug}/${slug}`);
    const data = JSON.parse((await text(DATA(get(`/p/${x.w.slug}/claimreview.json`), ws(x.w.slug)))).body) as { "@type": string; dataFeedElement: { item: { "@type": string; claimReviewed: string }[] }[] };
    expect(data["@type"]).toBe("DataFeed");
    expect(data.dataFeedElement.map((e) => e.item[0])).toEqual([expect.objectContaining({ "@type": "ClaimReview", claimReviewed: "unemployment is at a record low" })]);
    expect((await text(SITEMAP(get("/sitemap.xml")))).body).toContain(`/p/${x.w.slug}/${slug}</loc>`);

    expect((await text(CORRECTIONS(get(`/p/${x.w.slug}/corrections.xml`), ws(x.w.slug)))).body).not.toContain("<item>");
    await retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "Withdrawn figures." });
    await expect.poll(async () => (await text(CORRECTIONS(get(`/p/${x.w.slug}/corrections.xml`), ws(x.w.slug)))).body, { timeout: 10_000, interval: 100 }).toContain("Retracted: unemployment is at a record low");
    // Retracted: out of the index, the verdict feed, the data feed and the sitemap.
    expect((await text(INDEX(get(`/p/${x.w.slug}`), ws(x.w.slug)))).body).toContain("Nothing published yet.");
    expect((await text(RSS(get(`/p/${x.w.slug}/feed.xml`), ws(x.w.slug)))).body).not.toContain("<item>");
    expect((await text(SITEMAP(get("/sitemap.xml")))).body).not.toContain(`/p/${x.w.slug}/${slug}</loc>`);
  });

  it("the embed card may be framed by any site (only it); oEmbed describes it, and only for published pages", async () => {
    const { x, slug } = await published();
    const embed = await text(EMBED(get(`/p/${x.w.slug}/${slug}/embed`), { params: Promise.resolve({ workspace: x.w.slug, slug }) }));
    expect(embed.status).toBe(200);
    expect(embed.body).toContain("Mostly false");
    expect(embed.body).not.toContain("<script");
    const headersFor = (pathname: string) => securityHeaders({ nonce: "n", pathname, host: "localhost:3000", https: false, dev: false, oauthOrigins: [] });
    expect(headersFor(`/p/${x.w.slug}/${slug}/embed`)["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(headersFor(`/p/${x.w.slug}/${slug}/embed`)["X-Frame-Options"]).toBeUndefined();
    expect(headersFor(`/p/${x.w.slug}/${slug}`)["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headersFor(`/p/${x.w.slug}/${slug}`)["Content-Security-Policy"]).toContain("script-src 'none'");
    expect(headersFor(`/p/${x.w.slug}/${slug}`)["X-Frame-Options"]).toBe("DENY");

    const o = await OEMBED(get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/p/${x.w.slug}/${slug}`)}&format=json`), { params: Promise.resolve({}) });
    expect(o.status).toBe(200);
    const body = (await o.json()) as { type: string; html: string; provider_name: string };
    expect(body).toMatchObject({ type: "rich", provider_name: x.w.ws.name });
    expect(body.html).toContain(`src="http://localhost:3000/p/${x.w.slug}/${slug}/embed"`);
    for (const url of [`http://localhost:3000/p/${x.w.slug}/cargo-volumes-fell`, `https://evil.example/p/${x.w.slug}/${slug}`, "not a url"]) {
      const res = await OEMBED(get(`/api/oembed?url=${encodeURIComponent(url)}`), { params: Promise.resolve({}) });
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    expect((await OEMBED(get(`/api/oembed?url=x&format=xml`), { params: Promise.resolve({}) })).status).toBe(400);
    // A strict query: keys it does not know are refused.
    expect((await OEMBED(get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/p/${x.w.slug}/${slug}`)}&workspaceSlug=other`), { params: Promise.resolve({}) })).status).toBe(400);
  });
});

describe("the public cache", () => {
  it("answers an unchanged page, its feed and its index without a database query; a retraction makes the next request read again", async () => {
    const { x, slug } = await published();
    const page = () => getPublic(`/p/${x.w.slug}/${slug}`);
    const reads = [() => page().then((r) => r.status), () => RSS(get(`/p/${x.w.slug}/feed.xml`), ws(x.w.slug)).then((r) => r.status), () => INDEX(get(`/p/${x.w.slug}`), ws(x.w.slug)).then((r) => r.status)];
    // Every Prisma call of this process goes through the one client on globalThis (lib/db.ts);
    // a counting stand-in in its place sees each model, raw query or transaction used.
    const holder = globalThis as unknown as { factdeskPrisma: object };
    const real = holder.factdeskPrisma;
    let used = 0;
    const counting = new Proxy(real, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && !prop.startsWith("_") && prop !== "then") used++;
        return Reflect.get(target, prop, receiver);
      },
    });
    try {
      holder.factdeskPrisma = counting;
      // Pages are cached once this process listens for changes: read until a round needs no query.
      await expect
        .poll(async () => {
          used = 0;
          for (const read of reads) await read();
          return used;
        }, { timeout: 10_000, interval: 100 })
        .toBe(0);
      const etag = (await page()).headers.get("etag");
      used = 0;
      for (let i = 0; i < 20; i++) for (const read of reads) expect(await read()).toBe(200);
      expect((await page()).headers.get("etag")).toBe(etag);
      expect(used).toBe(0);

      holder.factdeskPrisma = real;
      await retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "Withdrawn." });
      holder.factdeskPrisma = counting;
      // The change is heard (pg_notify) and the page is read again: now the retraction notice.
      await expect.poll(async () => (await page()).status, { timeout: 10_000, interval: 100 }).toBe(410);
      expect(used).toBeGreaterThan(0);
    } finally {
      holder.factdeskPrisma = real;
    }
  });
});

describe("the web server's fast path", () => {
  it("serves a page a route handler answered from memory, compressed, with its headers, until the page changes", async () => {
    const { createServer } = await import("node:http");
    const { gunzipSync } = await import("node:zlib");
    const { servePublicFromCache } = await import("@/lib/server/publishing/public-fast-path");
    const { GET: PAGE } = await import("@/app/p/[workspace]/[slug]/route");
    const { x, slug } = await published();
    const path = `/p/${x.w.slug}/${slug}`;
    let toNext = 0;
    const server = createServer((req, res) => {
      if (servePublicFromCache(req, res, () => ({ "x-content-type-options": "nosniff" }))) return;
      toNext++;
      res.writeHead(599).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      // Not answered by the route handler yet: the request goes on (to Next).
      expect((await fetch(`${base}${path}`)).status).toBe(599);
      // Pages are cached once this process listens for changes (until then every request renders).
      const viaNextOnce = () => PAGE(new Request(`http://localhost:3000${path}`), { params: Promise.resolve({ workspace: x.w.slug, slug }) });
      await expect
        .poll(async () => {
          await viaNextOnce();
          return (await fetch(`${base}${path}`)).status;
        }, { timeout: 10_000, interval: 100 })
        .toBe(200);
      const viaNext = await viaNextOnce();
      const html = await viaNext.text();
      const { request } = await import("node:http");
      const raw = await new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        request(`${base}${path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject).end();
      });
      expect(raw.status).toBe(200);
      expect(raw.headers["content-encoding"]).toBe("gzip");
      expect(raw.headers["x-content-type-options"]).toBe("nosniff");
      expect(raw.headers.etag).toBe(viaNext.headers.get("etag"));
      expect(raw.headers["cache-control"]).toBe("public, no-cache");
      expect(gunzipSync(raw.body).toString("utf8")).toBe(html);
      expect((await fetch(`${base}${path}`, { headers: { "if-none-match": viaNext.headers.get("etag")! } })).status).toBe(304);
      const before = toNext;
      // A correction elsewhere drops the page: the next request goes to Next again.
      await retractVerdict({ actor: actorOf(x.w.admin), workspaceSlug: x.w.slug, claimId: x.claim.id, note: "Withdrawn." });
      await expect.poll(async () => (await fetch(`${base}${path}`)).status, { timeout: 10_000, interval: 100 }).toBe(599);
      expect(toNext).toBeGreaterThan(before);
    } finally {
      server.close();
    }
  });
});

describe("the share image", () => {
  it("is a 1200×630 PNG rendered without the network, linked from the page's Open Graph and Twitter meta; unpublished claims have none", async () => {
    const { GET: OG } = await import("@/app/p/[workspace]/[slug]/og.png/route");
    const { x, slug } = await published();
    const res = await OG(get(`/p/${x.w.slug}/${slug}/og.png`), { params: Promise.resolve({ workspace: x.w.slug, slug }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const page = (await getPublic(`/p/${x.w.slug}/${slug}`)).body;
    expect(page).toContain(`<meta property="og:image" content="http://localhost:3000/p/${x.w.slug}/${slug}/og.png">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect((await OG(get(`/p/${x.w.slug}/cargo-volumes-fell/og.png`), { params: Promise.resolve({ workspace: x.w.slug, slug: "cargo-volumes-fell" }) })).status).toBe(404);
  });
});

describe("the archived text of a cited source", () => {
  it("is public for published evidence only, with the cited passage marked", async () => {
    const { GET: SNAPSHOT } = await import("@/app/p/[workspace]/[slug]/sources/[snapshot]/route");
    const { reviewWorld, approveAs } = await import("./helpers");
    const { capturedSnapshot } = await import("../evidence/helpers");
    const { db } = await import("@/lib/db");
    const x = await reviewWorld({ requiredApprovals: 1 });
    const e1 = await db.evidence.findUniqueOrThrow({ where: { id: x.e1.id }, select: { sourceId: true } });
    const snap = await capturedSnapshot(x.w, e1.sourceId, "Labour survey. Unemployment rose to 5.4 percent in the spring. <script>alert(1)</script>");
    const other = await capturedSnapshot(x.w, e1.sourceId, "An older capture nobody cites.");
    await db.sourceSnapshot.update({ where: { id: other.id }, data: { createdAt: new Date(Date.now() - 86_400_000) } });
    await approveAs(x, x.w.reviewer);
    await act(x, x.w.admin, "publish");
    const slug = await publicSlugOf(x.claim.id);
    const page = (await getPublic(`/p/${x.w.slug}/${slug}`)).body;
    expect(page).toContain(`href="/p/${x.w.slug}/${slug}/sources/${snap.id}"`);
    const read = (id: string, s = slug) => SNAPSHOT(get(`/p/${x.w.slug}/${s}/sources/${id}`), { params: Promise.resolve({ workspace: x.w.slug, slug: s, snapshot: id }) });
    const res = await read(snap.id);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain("<mark>rose to 5.4 percent</mark>");
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).not.toContain("<script>alert");
    for (const [id, s] of [[other.id, slug], ["not-a-uuid", slug], [snap.id, "cargo-volumes-fell"]] as const) expect((await read(id, s)).status).toBe(404);
  });
});
