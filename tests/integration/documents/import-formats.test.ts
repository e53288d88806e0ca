import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { documentSchema, yDocToJSON, yStateToYDoc } from "@/lib/editor/ydoc-convert";
import { importDocument } from "@/lib/server/documents/import-document";
import { makeDocx } from "@/tests/fixtures/import/make-docx";
import { startLocalServer, type TLocalServer } from "../fetch/local-server";
import { actorOf, fixture, importRowCounts, workspaceWithEveryRole } from "./helpers";

let site: TLocalServer;
beforeAll(async () => {
  site = await startLocalServer((req, res) => {
    if (req.url === "/news/flood-budget") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(fixture("article-page.html"));
    }
    if (req.url === "/latin1") {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
      // “Café” in Windows-1252, as older sites still serve it.
      return res.end(Buffer.concat([Buffer.from("<html><head><title>Old site</title></head><body><p>"), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), Buffer.from(" prices rose by a third, the owners said.</p></body></html>")]));
    }
    if (req.url === "/moved") {
      res.writeHead(301, { location: "/news/flood-budget" });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
});
afterAll(() => site.close());

async function stored(id: string) {
  return db.document.findUniqueOrThrow({ where: { id }, include: { original: true } });
}

/** The three stored forms agree: the Y.js state decodes to the stored JSON, which the schema accepts. */
function expectConsistent(doc: { content: unknown; ydoc: Uint8Array | null }) {
  expect(doc.ydoc).not.toBeNull();
  expect(yDocToJSON(yStateToYDoc(doc.ydoc!))).toEqual(doc.content);
  expect(() => documentSchema().nodeFromJSON(doc.content).check()).not.toThrow();
}

describe("importing each format", () => {
  it("pasted text: joins hard-wrapped lines, keeps paragraphs, Unicode, metadata and an immutable original", async () => {
    const w = await workspaceWithEveryRole();
    const content = fixture("hard-wrapped.txt").toString("utf8");
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content });
    const doc = await stored(summary.id);
    expect(doc.title).toBe("Ferry Operator Cuts Winter Timetable");
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2023-11-03");
    expect(doc.sourceUrl).toBe("https://news.example.org/ferry-winter-timetable");
    expect(doc.text).toContain(
      "Passenger groups said the cut would leave shift workers at the hospital on the mainland without a way home after 22:00. “It’s not a timetable, it’s a curfew,” said Zoë Ferreira",
    );
    expect(doc.text).toContain("\n\nThe company said the change was temporary and that the full service would return “as soon as crews can be recruited” — which it expected by March.");
    expect(doc.original).toMatchObject({ kind: "TEXT", text: content, byteSize: Buffer.byteLength(content), sha256: createHash("sha256").update(content).digest("hex"), importedById: w.editor.id });
    expect(doc.createdById).toBe(w.editor.id);
    expectConsistent(doc);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.imported", targetId: doc.id } })).toBe(1);
  });

  it("pasted HTML: only schema nodes survive, scripts and unsafe links are gone", async () => {
    const w = await workspaceWithEveryRole();
    const html = `<h2 onclick="x()">Dam inspection <script>alert(1)</script>overdue</h2><p style="color:red">Engineers found <strong>three</strong> cracks, <a href="javascript:alert(1)">see here</a> and <a href="https://example.org/report">the report</a>.</p><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe><table><tr><td>Cell text</td></tr></table>`;
    const summary = await importDocument({ actor: actorOf(w.owner), workspaceSlug: w.slug, kind: "html", content: html });
    const doc = await stored(summary.id);
    const json = JSON.stringify(doc.content);
    expect(json).not.toMatch(/script|alert|onclick|onerror|iframe|javascript|style/i);
    expect(json).toContain('"href":"https://example.org/report"');
    expect(json).not.toContain("see here\",\"type\":\"text\",\"marks");
    expect(doc.text).toContain("Engineers found three cracks, see here and the report.");
    expect(doc.text).toContain("Cell text");
    expect(doc.title).toBe("Dam inspection overdue");
    expect(doc.original?.text).toBe(html);
    expectConsistent(doc);
  });

  it("HTML copied from a browser (a StartFragment selection) is kept whole, not run through article extraction", async () => {
    const w = await workspaceWithEveryRole();
    const html = `<html><body><!--StartFragment--><header><h1>Tram fares frozen</h1></header><p>The transit board froze fares at €2.10 until 2027.</p><!--EndFragment--></body></html>`;
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "html", content: html });
    const doc = await stored(summary.id);
    expect(doc.title).toBe("Tram fares frozen");
    expect(doc.text).toBe("Tram fares frozen\n\nThe transit board froze fares at €2.10 until 2027.");
  });

  it("an uploaded .html page: Readability drops navigation, promos, comments and footers; metadata from the head", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "file", fileName: "flood.html", mimeType: "text/html", bytes: fixture("article-page.html") });
    const doc = await stored(summary.id);
    expect(doc).toMatchObject({ title: "Harbour council doubles flood budget after record storm", publisher: "The Lakeside Ledger", author: "Mara Lindqvist" });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-14");
    expect(doc.text).toContain("“We were lucky nobody drowned,” said councillor Inès Ðorđević");
    expect(doc.text).not.toMatch(/Subscribe today|Most read|Reader42|Privacy · Terms|tracker|injected/);
    expect(doc.original).toMatchObject({ kind: "HTML", sourceName: "flood.html", mimeType: "text/html" });
    expect(summary.source).toBe("The Lakeside Ledger");
  });

  it("an uploaded .md file: headings, lists, emphasis, links and front matter", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "file", fileName: "library.md", mimeType: "", bytes: fixture("article.md") });
    const doc = await stored(summary.id);
    expect(doc).toMatchObject({ title: "Library opening hours restored after petition", author: "Tomás Ó Briain", publisher: "Westbridge Courier", sourceUrl: "https://news.example.org/library-hours" });
    const types = (doc.content as { content: { type: string }[] }).content.map((n) => n.type);
    expect(types).toEqual(["heading", "paragraph", "heading", "bulletList", "paragraph"]);
    expect(doc.text).toContain("petition signed by 3,412 residents — roughly one in six adults — reached the council.");
    expect(JSON.stringify(doc.content)).not.toContain("alert");
    expect(doc.original?.kind).toBe("MARKDOWN");
  });

  it("an uploaded .docx: headings and bold survive, the raw text is kept as the original", async () => {
    const w = await workspaceWithEveryRole();
    const bytes = makeDocx([
      ["Heading1", "Bridge repairs to take two years"],
      ["", "The county said on **Monday** that repairs would cost €12 million."],
      ["Heading2", "Detours"],
      ["", "Buses will divert via Église Street — adding 15 minutes."],
    ]);
    const summary = await importDocument({
      actor: actorOf(w.editor),
      workspaceSlug: w.slug,
      kind: "file",
      fileName: "bridge.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      bytes,
    });
    const doc = await stored(summary.id);
    expect(doc.title).toBe("Bridge repairs to take two years");
    expect((doc.content as { content: { type: string; attrs?: { level?: number } }[] }).content.map((n) => n.type + (n.attrs?.level ?? ""))).toEqual(["heading1", "paragraph", "heading2", "paragraph"]);
    expect(JSON.stringify(doc.content)).toMatch(/\{"text":"Monday","type":"text","marks":\[\{"type":"bold"\}\]\}/);
    expect(doc.text).toContain("Buses will divert via Église Street — adding 15 minutes.");
    expect(doc.original).toMatchObject({ kind: "DOCX", byteSize: bytes.length });
    expect(doc.original?.text).toContain("Bridge repairs to take two years");
    expectConsistent(doc);
  });

  it("a URL: fetched through redirects, article extracted, final URL and host recorded", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({
      actor: actorOf(w.editor),
      workspaceSlug: w.slug,
      kind: "url",
      url: site.url("/moved"),
    }, { fetchOptions: { testLoopbackHosts: [site.host] } });
    const doc = await stored(summary.id);
    expect(doc.sourceUrl).toBe(site.url("/news/flood-budget"));
    expect(doc.title).toBe("Harbour council doubles flood budget after record storm");
    expect(doc.text).toContain("62 per cent of the new money");
    expect(doc.text).not.toMatch(/Reader42|Most read|Subscribe today/);
    // Relative links resolve against the page's address.
    expect(JSON.stringify(doc.content)).toContain(`"href":"${site.url("/documents/flood-budget-2024.pdf")}"`);
    expect(doc.original).toMatchObject({ kind: "URL", sourceName: site.url("/news/flood-budget"), mimeType: "text/html" });
    expect(doc.original?.text).toBe(fixture("article-page.html").toString("utf8"));
    expect(await importRowCounts(w.ws.id)).toEqual({ documents: 1, imports: 1, audits: 1 });
  });

  it("a URL serving Windows-1252 is decoded by its declared charset", async () => {
    const w = await workspaceWithEveryRole();
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "url", url: site.url("/latin1") }, { fetchOptions: { testLoopbackHosts: [site.host] } });
    const doc = await stored(summary.id);
    expect(doc.text).toContain("“Café” prices rose by a third");
    expect(doc.title).toBe("Old site");
    expect(doc.publisher).toBe("127.0.0.1");
  });

  it("reads a real corpus article (when ../shared/corpus is present): hard-wrapped lines joined, Unicode kept", async () => {
    const { existsSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const file = path.resolve(process.cwd(), "../shared/corpus/military-preparing-attacks-on-cartels-2025.txt");
    if (!existsSync(file)) {
      console.log(`corpus check skipped: ${file} does not exist here`);
      return;
    }
    const w = await workspaceWithEveryRole();
    const bytes = readFileSync(file);
    const summary = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "file", fileName: "military.txt", mimeType: "text/plain", bytes });
    const doc = await stored(summary.id);
    const lines = bytes.toString("utf8").split("\n").filter((l) => l.trim());
    const paragraphs = doc.text.split("\n\n");
    // 162 wrapped lines become a few dozen paragraphs, none of them broken mid-sentence into a lower-case start.
    expect(lines.length).toBeGreaterThan(150);
    expect(paragraphs.length).toBeLessThan(60);
    expect(paragraphs.filter((p) => /^\p{Ll}/u.test(p) && !p.startsWith("http"))).toEqual([]);
    expect(doc.text).toContain("Morales Ángeles");
    expect(doc.title).toBe("Military Preparing Attacks on Mexican Cartels");
  });
});
