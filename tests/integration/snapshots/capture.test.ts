import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { captureSnapshot } from "@/lib/server/snapshots/capture-snapshot";
import { excerptFoundForSource } from "@/lib/server/snapshots/recheck-excerpts";
import { article, evidenceWith, pendingSnapshot, snapshotRow, testSite, urlSource, workspaceWithEveryRole, type TTestSite, type TWorld } from "./helpers";

/** The capture job's own work, called directly (the queue around it: worker.test.ts). */

const PARAGRAPHS = [
  "The harbour authority reported that cargo volumes fell by 12 percent in the third quarter, the steepest drop since 2009.",
  "Officials blamed the closure of the northern terminal for most of the decline, and said traffic would recover next year.",
  "Independent analysts were more cautious, pointing to weaker demand from the region’s largest importers.",
];

let site: TTestSite;
let w: TWorld;

beforeAll(async () => {
  site = await testSite();
  w = await workspaceWithEveryRole();
});
afterAll(() => site.close());

const capture = (snapshotId: string, finalAttempt = false) => captureSnapshot({ snapshotId, finalAttempt });

describe("a successful capture", () => {
  it("stores the readable text, the page source, hash, size, final URL after redirects, and fills the source's empty details", async () => {
    const html = article("Port traffic falls 12%", PARAGRAPHS, '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2026-11-03T08:00:00Z">');
    site.page("/port", html);
    site.route("/old-port", (_req, res) => void res.writeHead(301, { location: "/port" }).end());
    const { source, snapshotId } = await urlSource(w, site.url("/old-port"));
    expect(await capture(snapshotId)).toEqual({ status: "OK" });

    const snap = await snapshotRow(snapshotId);
    expect(snap).toMatchObject({
      status: "OK",
      requestedUrl: site.url("/old-port"),
      finalUrl: site.url("/port"),
      httpStatus: 200,
      contentType: "text/html",
      contentHash: createHash("sha256").update(html).digest("hex"),
      byteSize: Buffer.byteLength(html),
      title: "Port traffic falls 12%",
      html,
      changed: null,
      errorCode: null,
      attempts: 1,
    });
    expect(snap.fetchedAt).toBeInstanceOf(Date);
    expect(snap.text).toContain("cargo volumes fell by 12 percent");
    // Readability drops the page furniture.
    expect(snap.text).not.toContain("Home · News");
    const after = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(after).toMatchObject({ title: "Port traffic falls 12%", publisher: "Harbour Times", author: "Ana Ruiz", version: source.version + 1 });
    expect(after.publishedAt?.toISOString().slice(0, 10)).toBe("2026-11-03");
  });

  it("never overwrites details a person typed", async () => {
    site.page("/typed", article("Page headline", PARAGRAPHS, '<meta property="og:site_name" content="Harbour Times">'));
    const { source, snapshotId } = await urlSource(w, site.url("/typed"), { title: "Our own title", publisher: "Our publisher" });
    await capture(snapshotId);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: "Our own title", publisher: "Our publisher" });
  });

  it("captures text/plain as it is, with no page source kept", async () => {
    site.page("/notes.txt", "Minutes of the board\n\nThe board approved the budget.", "text/plain; charset=utf-8");
    const { snapshotId } = await urlSource(w, site.url("/notes.txt"));
    await capture(snapshotId);
    expect(await snapshotRow(snapshotId)).toMatchObject({ status: "OK", contentType: "text/plain", html: null, text: "Minutes of the board\n\nThe board approved the budget.", title: "Minutes of the board" });
  });

  it("neutralises a hostile page: scripts never reach the text", async () => {
    site.page("/hostile", article("Hostile", [...PARAGRAPHS, "<script>document.title='pwned'; fetch('/steal')</script><img src=x onerror=alert(1)>"]).replace("<head>", "<head><script>alert('head')</script>"));
    const { snapshotId } = await urlSource(w, site.url("/hostile"));
    await capture(snapshotId);
    const snap = await snapshotRow(snapshotId);
    expect(snap.status).toBe("OK");
    expect(snap.text).toContain("cargo volumes fell");
    expect(snap.text).not.toMatch(/pwned|alert|steal/);
  });
});

describe("failures record a code and a sentence", () => {
  it("404 is NOT_FOUND at once (permanent), with the status", async () => {
    const { snapshotId } = await urlSource(w, site.url("/missing"));
    expect(await capture(snapshotId)).toEqual({ status: "FAILED" });
    const snap = await snapshotRow(snapshotId);
    expect(snap).toMatchObject({ status: "FAILED", errorCode: "NOT_FOUND", httpStatus: 404, attempts: 1, text: null, html: null });
    expect(snap.error).toMatch(/HTTP 404/);
  });

  it("a 403 is a permanent HTTP_ERROR; a 503 is retried, then FAILED on the last attempt", async () => {
    site.page("/forbidden", "no", "text/html", 403);
    const forbidden = await urlSource(w, site.url("/forbidden"));
    expect(await capture(forbidden.snapshotId)).toEqual({ status: "FAILED" });
    expect(await snapshotRow(forbidden.snapshotId)).toMatchObject({ errorCode: "HTTP_ERROR", httpStatus: 403 });

    site.page("/busy", "busy", "text/html", 503);
    const busy = await urlSource(w, site.url("/busy"));
    expect(await capture(busy.snapshotId)).toMatchObject({ status: "RETRY" });
    expect(await snapshotRow(busy.snapshotId)).toMatchObject({ status: "PENDING", errorCode: "HTTP_ERROR", httpStatus: 503, attempts: 1 });
    expect(await capture(busy.snapshotId, true)).toEqual({ status: "FAILED" });
    expect(await snapshotRow(busy.snapshotId)).toMatchObject({ status: "FAILED", errorCode: "HTTP_ERROR", attempts: 2 });
  });

  it("a page slower than the timeout is TIMEOUT (retried until the last attempt)", async () => {
    site.route("/slow", (_req, res) => void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("late"), 3_000));
    const { snapshotId } = await urlSource(w, site.url("/slow"));
    process.env.SNAPSHOT_FETCH_TIMEOUT_MS = "300";
    try {
      expect(await capture(snapshotId)).toMatchObject({ status: "RETRY" });
      expect(await snapshotRow(snapshotId)).toMatchObject({ status: "PENDING", errorCode: "TIMEOUT" });
      expect(await capture(snapshotId, true)).toEqual({ status: "FAILED" });
      const snap = await snapshotRow(snapshotId);
      expect(snap).toMatchObject({ status: "FAILED", errorCode: "TIMEOUT" });
      expect(snap.error).toMatch(/longer than 0.3 s/);
    } finally {
      delete process.env.SNAPSHOT_FETCH_TIMEOUT_MS;
    }
  });

  it("a redirect to a private address is PRIVATE_ADDRESS, and the private address is never contacted", async () => {
    // A second local server, NOT in the loopback allowance: it stands for the internal network.
    let internalHits = 0;
    const internal = createServer((_req, res) => {
      internalHits++;
      res.end("secret");
    });
    await new Promise<void>((r) => internal.listen(0, "127.0.0.1", r));
    const internalUrl = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/admin`;
    try {
      site.route("/to-internal", (_req, res) => void res.writeHead(302, { location: internalUrl }).end());
      site.route("/to-lan", (_req, res) => void res.writeHead(302, { location: "http://192.168.1.1/router" }).end());
      for (const path of ["/to-internal", "/to-lan"]) {
        const { snapshotId } = await urlSource(w, site.url(path));
        expect(await capture(snapshotId)).toEqual({ status: "FAILED" });
        expect(await snapshotRow(snapshotId)).toMatchObject({ status: "FAILED", errorCode: "PRIVATE_ADDRESS", html: null });
      }
      expect(internalHits).toBe(0);
    } finally {
      internal.close();
    }
  });

  it("an oversized page is TOO_LARGE, a PDF is UNSUPPORTED_TYPE, a non-http address INVALID_URL", async () => {
    site.route("/huge", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<html><body>${"<p>padding text</p>".repeat(400_000)}</body></html>`);
    });
    site.page("/report.pdf", "%PDF-1.7 ...", "application/pdf");
    const huge = await urlSource(w, site.url("/huge"));
    const pdf = await urlSource(w, site.url("/report.pdf"));
    const ftp = await urlSource(w, "ftp://files.example.org/report.txt");
    for (const s of [huge, pdf, ftp]) expect(await capture(s.snapshotId)).toEqual({ status: "FAILED" });
    expect(await snapshotRow(huge.snapshotId)).toMatchObject({ errorCode: "TOO_LARGE", html: null, text: null });
    expect((await snapshotRow(huge.snapshotId)).error).toMatch(/larger than 5 MB/);
    expect(await snapshotRow(pdf.snapshotId)).toMatchObject({ errorCode: "UNSUPPORTED_TYPE" });
    expect((await snapshotRow(pdf.snapshotId)).error).toMatch(/application\/pdf/);
    expect(await snapshotRow(ftp.snapshotId)).toMatchObject({ errorCode: "INVALID_URL" });
  });

  it("endless redirects stop at the fetcher's limit: a permanent HTTP_ERROR", async () => {
    let n = 0;
    site.route("/loop", (_req, res) => void res.writeHead(302, { location: `/loop?${n++}` }).end());
    const { snapshotId } = await urlSource(w, site.url("/loop"));
    expect(await capture(snapshotId)).toEqual({ status: "FAILED" });
    const snap = await snapshotRow(snapshotId);
    expect(snap).toMatchObject({ status: "FAILED", errorCode: "HTTP_ERROR", attempts: 1 });
    expect(snap.error).toMatch(/redirected more than 5 times/);
  });

  it("10 MB of nesting is refused by size (TOO_LARGE); nesting under the cap is UNREADABLE (the markup guard), both cleanly", async () => {
    site.page("/nest-10mb", `<html><body>${"<div>".repeat(2_000_000)}x</body></html>`);
    site.page("/nest-4mb", `<html><body>${"<div>".repeat(800_000)}x</body></html>`);
    const big = await urlSource(w, site.url("/nest-10mb"));
    const deep = await urlSource(w, site.url("/nest-4mb"));
    for (const s of [big, deep]) expect(await capture(s.snapshotId)).toEqual({ status: "FAILED" });
    expect(await snapshotRow(big.snapshotId)).toMatchObject({ errorCode: "TOO_LARGE", text: null, html: null });
    const snap = await snapshotRow(deep.snapshotId);
    expect(snap).toMatchObject({ errorCode: "UNREADABLE", text: null, html: null });
    expect(snap.error).toMatch(/nested too deeply/);
  });
});

describe("re-fetching", () => {
  it("says whether the content changed and re-checks every excerpt of the source against the newest capture", async () => {
    site.page("/edited", article("Budget", PARAGRAPHS));
    const { source, snapshotId } = await urlSource(w, site.url("/edited"));
    const kept = await evidenceWith(w, source.id, "cargo volumes fell by 12 percent in the third quarter");
    const removed = await evidenceWith(w, source.id, "the closure of the northern terminal");
    const never = await evidenceWith(w, source.id, "a sentence this page never said");
    const noExcerpt = await evidenceWith(w, source.id, "");
    expect(await excerptFoundForSource(db, source.id, "cargo volumes")).toBeNull();

    await capture(snapshotId);
    const flags = async () =>
      Object.fromEntries(
        (await db.evidence.findMany({ where: { sourceId: source.id }, select: { id: true, excerptFound: true } })).map((e) => [
          e.id === kept.id ? "kept" : e.id === removed.id ? "removed" : e.id === never.id ? "never" : e.id === noExcerpt.id ? "noExcerpt" : e.id,
          e.excerptFound,
        ]),
      );
    expect(await flags()).toEqual({ kept: true, removed: true, never: false, noExcerpt: null });

    // Same page again: not changed.
    const same = await pendingSnapshot(w, source.id, site.url("/edited"));
    await capture(same.id);
    expect(await snapshotRow(same.id)).toMatchObject({ status: "OK", changed: false });

    // The publisher edits the page after we cited it: the second paragraph is gone.
    site.page("/edited", article("Budget", [PARAGRAPHS[0]!, "Officials declined to comment on the decline.", PARAGRAPHS[2]!]));
    const edited = await pendingSnapshot(w, source.id, site.url("/edited"));
    await capture(edited.id);
    const snap = await snapshotRow(edited.id);
    expect(snap).toMatchObject({ status: "OK", changed: true });
    expect(snap.contentHash).not.toBe((await snapshotRow(same.id)).contentHash);
    expect(await flags()).toEqual({ kept: true, removed: false, never: false, noExcerpt: null });
    expect(await excerptFoundForSource(db, source.id, "Officials declined to comment")).toBe(true);
    expect(await excerptFoundForSource(db, source.id, "the closure of the northern terminal")).toBe(false);

    // A failed re-fetch says nothing about the page: the flags stay as the last good capture left them.
    site.page("/edited", "gone", "text/html", 410);
    const failed = await pendingSnapshot(w, source.id, site.url("/edited"));
    await capture(failed.id);
    expect(await snapshotRow(failed.id)).toMatchObject({ status: "FAILED", errorCode: "NOT_FOUND" });
    expect(await flags()).toEqual({ kept: true, removed: false, never: false, noExcerpt: null });
  });

  it("markup-only differences (a rotating token) are not a change, although the hash differs", async () => {
    let n = 0;
    site.route("/tokens", (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end(article("Tokens", PARAGRAPHS, `<meta name="csrf" content="t${n++}">`)));
    const { source, snapshotId } = await urlSource(w, site.url("/tokens"));
    await capture(snapshotId);
    const again = await pendingSnapshot(w, source.id, site.url("/tokens"));
    await capture(again.id);
    const [a, b] = [await snapshotRow(snapshotId), await snapshotRow(again.id)];
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(b.changed).toBe(false);
  });
});

describe("evidence added while a capture finishes", () => {
  it("is checked against the new text either way: the capture waits for the evidence's transaction and rechecks it", async () => {
    site.page("/race", article("Race", PARAGRAPHS));
    const { source, snapshotId } = await urlSource(w, site.url("/race"));
    const first = await evidenceWith(w, source.id, "");
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const adding = db.$transaction(
      async (tx) => {
        // As addEvidence does: the check (no capture yet: null), then the row, in one transaction.
        const found = await excerptFoundForSource(tx, source.id, "cargo volumes fell by 12 percent");
        const row = await tx.evidence.create({ data: { workspaceId: w.ws.id, claimId: first.claimId, sourceId: source.id, stance: "REFUTES", excerpt: "cargo volumes fell by 12 percent", excerptFound: found } });
        inside();
        await gate;
        return row;
      },
      { timeout: 20_000 },
    );
    await entered;
    const capturing = capture(snapshotId);
    // The capture has fetched and now waits on the source row the adding transaction holds.
    await expect.poll(async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"Source"%FOR UPDATE%'`)[0]!.n, { timeout: 10_000 }).toBeGreaterThan(0);
    release();
    const added = await adding;
    expect(await capturing).toEqual({ status: "OK" });
    expect((await db.evidence.findUniqueOrThrow({ where: { id: added.id } })).excerptFound).toBe(true);
  });
});

describe("idempotence", () => {
  it("a snapshot already OK or FAILED is never fetched or written again", async () => {
    site.page("/once", article("Once", PARAGRAPHS));
    const { snapshotId } = await urlSource(w, site.url("/once"));
    await capture(snapshotId);
    const first = await snapshotRow(snapshotId);
    site.page("/once", article("Changed", ["Entirely different words on this page now, long enough to be an article for Readability."]));
    expect(await capture(snapshotId)).toEqual({ status: "SKIPPED" });
    expect(site.hits("/once")).toBe(1);
    expect(await snapshotRow(snapshotId)).toEqual(first);

    const failed = await urlSource(w, site.url("/never-there"));
    await capture(failed.snapshotId);
    expect(await capture(failed.snapshotId)).toEqual({ status: "SKIPPED" });
    expect(site.hits("/never-there")).toBe(1);
  });
});

describe("Wayback Machine (optional)", () => {
  it("with keys set, asks Save Page Now after an OK capture and keeps the archive address; its failure never fails the capture", async () => {
    const requests: { method: string; path: string; auth?: string; accept?: string; body: string }[] = [];
    let mode: "ok" | "down" = "ok";
    const spn = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        requests.push({ method: req.method!, path: req.url!, auth: req.headers.authorization, accept: req.headers.accept, body });
        if (mode === "down") return void res.writeHead(503).end("{}");
        res.writeHead(200, { "content-type": "application/json" });
        if (req.method === "POST") return void res.end(JSON.stringify({ url: new URLSearchParams(body).get("url"), job_id: "spn2-abc123" }));
        res.end(JSON.stringify({ status: "success", timestamp: "20261205010203", original_url: site.url("/wayback") }));
      });
    });
    await new Promise<void>((r) => spn.listen(0, "127.0.0.1", r));
    const spnOrigin = `http://127.0.0.1:${(spn.address() as AddressInfo).port}`;
    Object.assign(process.env, { ARCHIVE_ORG_ACCESS_KEY: "key1", ARCHIVE_ORG_SECRET: "secret1", ARCHIVE_ORG_SAVE_URL: `${spnOrigin}/save` });
    try {
      site.page("/wayback", article("Wayback", PARAGRAPHS));
      const { source, snapshotId } = await urlSource(w, site.url("/wayback"));
      expect(await capture(snapshotId)).toEqual({ status: "OK" });
      expect(await snapshotRow(snapshotId)).toMatchObject({ status: "OK", archiveUrl: `${spnOrigin}/web/20261205010203/${site.url("/wayback")}` });
      expect(requests[0]).toMatchObject({ method: "POST", path: "/save", auth: "LOW key1:secret1", accept: "application/json" });
      expect(new URLSearchParams(requests[0]!.body).get("url")).toBe(site.url("/wayback"));
      expect(requests[1]).toMatchObject({ method: "GET", path: "/save/status/spn2-abc123", auth: "LOW key1:secret1" });

      mode = "down";
      const again = await pendingSnapshot(w, source.id, site.url("/wayback"));
      expect(await capture(again.id)).toEqual({ status: "OK" });
      expect(await snapshotRow(again.id)).toMatchObject({ status: "OK", archiveUrl: null });
    } finally {
      for (const k of ["ARCHIVE_ORG_ACCESS_KEY", "ARCHIVE_ORG_SECRET", "ARCHIVE_ORG_SAVE_URL"]) delete process.env[k];
      spn.close();
    }
  });

  it("without keys, nothing is sent", async () => {
    site.page("/no-wayback", article("No wayback", PARAGRAPHS));
    const { snapshotId } = await urlSource(w, site.url("/no-wayback"));
    await capture(snapshotId);
    expect(await snapshotRow(snapshotId)).toMatchObject({ status: "OK", archiveUrl: null });
  });
});
