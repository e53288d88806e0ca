import { describe, expect, it } from "vitest";
import { toAppError } from "@/lib/errors";
import { createDocumentFromImport } from "@/lib/server/documents/create-document-from-import";
import { importDocument, type TImportDocumentInput, type TImportDocumentTestOptions } from "@/lib/server/documents/import-document";
import { importPasted } from "@/lib/server/import/import-pasted";
import { makeDocx } from "@/tests/fixtures/import/make-docx";
import { startLocalServer } from "../fetch/local-server";
import { actorOf, importRowCounts, workspaceWithEveryRole } from "./helpers";

const NOTHING = { documents: 0, imports: 0, audits: 0 };

/** Imports into a fresh workspace, expects a refusal with `code` and `message`, and that nothing was written. */
async function expectRefused({ fetchOptions, ...input }: TImportDocumentInput & TImportDocumentTestOptions, code: string, message: RegExp) {
  const w = await workspaceWithEveryRole();
  const err = await importDocument({ ...input, workspaceSlug: w.slug, actor: actorOf(w.editor) }, { fetchOptions }).then(
    () => null,
    (e: unknown) => toAppError(e),
  );
  expect(err, "the import should have been refused").not.toBeNull();
  expect({ code: err!.code, message: err!.message }).toMatchObject({ code, message: expect.stringMatching(message) });
  expect(await importRowCounts(w.ws.id)).toEqual(NOTHING);
}

const file = (fileName: string, bytes: Buffer, mimeType = "application/octet-stream") => ({ kind: "file" as const, fileName, mimeType, bytes });

describe("bad input is refused clearly and leaves nothing behind", () => {
  it("empty paste, whitespace-only paste, markup with no text", async () => {
    await expectRefused({ kind: "text", content: "" }, "BAD_REQUEST", /Paste some text/);
    await expectRefused({ kind: "text", content: " \n\n\t " }, "BAD_REQUEST", /Paste some text/);
    await expectRefused({ kind: "html", content: "<div><script>alert(1)</script><img src=x></div>" }, "BAD_REQUEST", /has no text to import/);
  });

  it("empty files, binary files and files of unsupported types", async () => {
    await expectRefused(file("empty.txt", Buffer.alloc(0)), "BAD_REQUEST", /“empty.txt” is empty/);
    await expectRefused(file("blank.md", Buffer.from("\n\n   \n")), "BAD_REQUEST", /has no text to import/);
    await expectRefused(file("noise.txt", Buffer.from([0x41, 0x00, 0x13, 0x88, 0x00, 0xff, 0x10, 0x01])), "UNSUPPORTED_MEDIA_TYPE", /binary file, not text/);
    await expectRefused(file("scan.txt", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj")), "UNSUPPORTED_MEDIA_TYPE", /looks like a PDF/);
    await expectRefused(file("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "image/png"), "UNSUPPORTED_MEDIA_TYPE", /\.png files can't be imported/);
    await expectRefused(file("report.pdf", Buffer.from("%PDF-1.4"), "application/pdf"), "UNSUPPORTED_MEDIA_TYPE", /\.pdf files can't be imported/);
    await expectRefused(file("fake.docx", Buffer.from("just text pretending")), "UNSUPPORTED_MEDIA_TYPE", /not a valid \.docx/);
    const garbled = makeDocx([["", "Some text"]]);
    garbled.write("<<<<<<<<", garbled.indexOf("<w:body>"), "latin1");
    await expectRefused(file("garbled.docx", garbled), "BAD_REQUEST", /\.docx file could not be read/);
    await expectRefused(file("broken.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])), "BAD_REQUEST", /“broken.docx” is not a valid \.docx document/);
  });

  it("a .docx that claims to unpack to gigabytes is refused before it is inflated", async () => {
    const bomb = makeDocx([["", "Tiny text"]]);
    // Rewrite the central directory's uncompressed size of word/document.xml to 3.9 GB.
    const central = bomb.lastIndexOf(Buffer.from("word/document.xml")) - 46;
    expect(bomb.readUInt32LE(central)).toBe(0x02014b50);
    bomb.writeUInt32LE(0xf0000000, central + 24);
    await expectRefused(file("bomb.docx", bomb), "PAYLOAD_TOO_LARGE", /unpacks to more than 100 MB/);
  });

  it("markup nested thousands of levels deep is refused quickly instead of overflowing the parser", async () => {
    const started = Date.now();
    await expectRefused({ kind: "html", content: "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) }, "BAD_REQUEST", /The HTML is nested too deeply/);
    await expectRefused({ kind: "markdown", content: "> ".repeat(5000) + "quote" }, "BAD_REQUEST", /The Markdown is nested too deeply/);
    await expectRefused(file("deep.html", Buffer.from("<blockquote>".repeat(3000) + "x")), "BAD_REQUEST", /nested too deeply/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("more paragraphs or elements than any article has is refused before the expensive conversion", async () => {
    await expectRefused({ kind: "text", content: "Para.\n\n".repeat(25_000) }, "PAYLOAD_TOO_LARGE", /more than 20,000 paragraphs/);
    await expectRefused({ kind: "html", content: "<p>x</p>".repeat(120_000) }, "PAYLOAD_TOO_LARGE", /more than 100,000 elements/);
  });

  it("a 50 MB file is refused as too large", async () => {
    await expectRefused(file("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a"), "text/plain"), "PAYLOAD_TOO_LARGE", /larger than 10 MB/);
    await expectRefused({ kind: "text", content: "b".repeat(10 * 1024 * 1024 + 1) }, "PAYLOAD_TOO_LARGE", /larger than 10 MB/);
  });

  it("unreachable, private, slow and non-article URLs", async () => {
    const gone = await startLocalServer(() => {});
    const host = gone.host;
    await gone.close();
    await expectRefused({ kind: "url", url: `http://${host}/story`, fetchOptions: { testLoopbackHosts: [host] } }, "BAD_REQUEST", /refused the connection/);
    await expectRefused({ kind: "url", url: "http://no-such-site.invalid/story" }, "BAD_REQUEST", /Could not find the server/);
    await expectRefused({ kind: "url", url: "http://169.254.169.254/latest/meta-data/" }, "BAD_REQUEST", /private network/);
    await expectRefused({ kind: "url", url: "file:///etc/passwd" }, "BAD_REQUEST", /Only http:\/\/ and https:\/\//);
    await expectRefused({ kind: "url", url: "" }, "BAD_REQUEST", /Enter the address/);
    const odd = await startLocalServer((req, res) => {
      if (req.url === "/slow") return;
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    });
    try {
      await expectRefused({ kind: "url", url: odd.url("/slow"), fetchOptions: { testLoopbackHosts: [odd.host], timeoutMs: 300 } }, "BAD_REQUEST", /took longer than 0.3 s/);
      await expectRefused({ kind: "url", url: odd.url("/paper.pdf"), fetchOptions: { testLoopbackHosts: [odd.host] } }, "UNSUPPORTED_MEDIA_TYPE", /application\/pdf/);
    } finally {
      await odd.close();
    }
  });

  it("an unknown kind is a 400 naming the allowed kinds", async () => {
    await expectRefused({ kind: "pdf" } as never, "BAD_REQUEST", /kind must be one of/);
  });

  it("a failure inside the write transaction rolls back the document too", async () => {
    const w = await workspaceWithEveryRole();
    const imported = importPasted({ format: "text", content: "A perfectly fine article body." });
    // PostgreSQL text cannot hold NUL: the DocumentImport insert fails after the Document insert.
    const poisoned = { ...imported, original: "bad\u0000original" };
    await expect(createDocumentFromImport({ actor: actorOf(w.editor), workspaceSlug: w.slug, imported: poisoned })).rejects.toThrow();
    expect(await importRowCounts(w.ws.id)).toEqual(NOTHING);
    // The same import without the poison goes through: the failure above was the poison, not the setup.
    await createDocumentFromImport({ actor: actorOf(w.editor), workspaceSlug: w.slug, imported });
    expect(await importRowCounts(w.ws.id)).toEqual({ documents: 1, imports: 1, audits: 1 });
  });
});
