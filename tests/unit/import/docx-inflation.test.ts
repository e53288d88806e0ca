import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { importUpload } from "@/lib/server/import/import-upload";
import { repackZip } from "@/lib/server/import/repack-zip";
import { deflatedFiller, docxParts, makeDocx, zip } from "@/tests/fixtures/import/make-docx";

const upload = (bytes: Buffer) => importUpload({ fileName: "story.docx", mimeType: "", bytes });

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, message: e.message };
  }
}

const PARAGRAPHS: [string, string][] = [
  ["Heading1", "Bridge reopens after repairs"],
  ["", "The bridge carried **12,000** cars a day before it closed in March."],
];

/** A .docx whose document part inflates to `megabytes` MB (a valid XML start, then spaces) and declares `declaredSize`. */
function bomb(megabytes: number, declaredSize: number): Buffer {
  const parts = docxParts(PARAGRAPHS);
  const xmlStart = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const deflated = deflatedFiller(xmlStart, megabytes, "</w:t></w:r></w:p></w:body></w:document>");
  return zip(parts.map((p) => (p.name === "word/document.xml" ? { ...p, deflated, declaredSize } : p)));
}

it("the crafted filler inflates to what it says (checked small)", () => {
  expect(inflateRawSync(deflatedFiller("<a>", 3, "</a>")).toString()).toBe("<a>" + " ".repeat(3 * 1024 * 1024) + "</a>");
});

describe("a .docx is unpacked under a byte cap, not by the sizes it declares", () => {
  it("a document part declaring 1 KB that inflates to 1 GB is refused (400) after inflating about 1 KB, before mammoth sees it", async () => {
    const bytes = bomb(1024, 1024);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.resourceUsage().maxRSS;
    expect(await refusal(upload(bytes))).toEqual({ code: "BAD_REQUEST", message: "“story.docx” is not a valid .docx document (a part unpacks to more than it declares)." });
    // maxRSS is the process's high-water mark (KB): inflating the gigabyte would raise it by about that much.
    expect((process.resourceUsage().maxRSS - rssBefore) / 1024).toBeLessThan(200);
  });

  it("parts that honestly declare more than 100 MB in all are refused (413) before anything is inflated", async () => {
    expect(await refusal(upload(bomb(1024, 1024 * 1024 * 1024)))).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "“story.docx” unpacks to more than 100 MB and cannot be imported." });
    const parts = [...docxParts(PARAGRAPHS), ...[1, 2, 3, 4].map((n) => ({ name: `word/media/filler${n}.bin`, data: Buffer.alloc(0), deflated: deflatedFiller("", 1, ""), declaredSize: 30 * 1024 * 1024 }))];
    expect((await refusal(upload(zip(parts))))?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("a part smaller than it declares is refused as well (the sizes must be the truth)", async () => {
    expect((await refusal(upload(bomb(2, 3 * 1024 * 1024))))?.message).toMatch(/smaller than it declares/);
  });

  it("a part whose checksum does not match its bytes, or a compression method we do not read, is a 400", async () => {
    const parts = docxParts(PARAGRAPHS);
    expect(await refusal(upload(zip(parts.map((p, i) => (i === 2 ? { ...p, crc: 1234 } : p)))))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("may be damaged") });
    const lzma = zip(parts);
    lzma.writeUInt16LE(14, lzma.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    expect(await refusal(upload(lzma))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("compression method 14") });
  });

  it("stored and deflated documents still import, with the same text", async () => {
    for (const deflate of [false, true]) {
      const doc = await upload(makeDocx(PARAGRAPHS, { deflate }));
      expect(doc.title).toBe("Bridge reopens after repairs");
      expect(doc.text).toContain("The bridge carried 12,000 cars a day before it closed in March.");
    }
  });

  it("repacks only verified bytes: every entry stored, sizes as found", () => {
    const repacked = repackZip(makeDocx(PARAGRAPHS, { deflate: true }), { maxUnpacked: 1024 * 1024, what: "The file" });
    expect(repacked.equals(makeDocx(PARAGRAPHS))).toBe(true);
  });
});
