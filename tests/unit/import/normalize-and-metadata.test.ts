import { describe, expect, it } from "vitest";
import { guessTextMetadata, parseLooseDate } from "@/lib/domain/import/guess-text-metadata";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { sourceLabel } from "@/lib/domain/import/source-label";
import { decodeTextBytes } from "@/lib/server/import/decode-text-bytes";

describe("normalizeText", () => {
  it("unifies newlines, strips BOM and control characters, keeps the words", () => {
    expect(normalizeText("\uFEFFa\r\nb\rc\u0000d\u0007e\tf")).toBe("a\nb\ncde    f");
    expect(normalizeText("“quoted” – dash — em … ellipsis")).toBe("“quoted” – dash — em … ellipsis");
  });
});

describe("decodeTextBytes", () => {
  it("reads UTF-8, UTF-16 with BOM and falls back to Windows-1252", () => {
    expect(decodeTextBytes(Buffer.from("Zoë’s café", "utf8"))).toBe("Zoë’s café");
    expect(decodeTextBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë", "utf16le")]))).toBe("Zoë");
    expect(decodeTextBytes(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))).toBe("“Café”");
  });

  it("refuses empty and binary input with a clear message", () => {
    expect(() => decodeTextBytes(Buffer.alloc(0))).toThrow("The file is empty.");
    expect(() => decodeTextBytes(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), { what: "“x.txt”" })).toThrow("“x.txt” looks like an image (GIF), not text.");
    expect(() => decodeTextBytes(Buffer.from("abc\u0000def"))).toThrow(/binary file/);
  });
});

describe("guessTextMetadata", () => {
  it("reads byline, dateline and address from the top lines only", () => {
    const text = "Flood Defences Delayed\nBy Tomás Ó Briain\nSunday, August 7, 2011, 7:24 PM\nhttps://news.example.org/floods\n\nBody mentions 3 May 2020 and https://other.example.com later.";
    expect(guessTextMetadata(text)).toEqual({ author: "Tomás Ó Briain", publishedAt: "2011-08-07", sourceUrl: "https://news.example.org/floods" });
    expect(guessTextMetadata("Just a body of text.\n\nNothing else.")).toEqual({});
  });

  it("parses the date formats news sites use and refuses impossible dates", () => {
    expect(parseLooseDate("2024-03-14T08:30:00Z")).toBe("2024-03-14");
    expect(parseLooseDate("Aug 20, 2025")).toBe("2025-08-20");
    expect(parseLooseDate("14 March 2024")).toBe("2024-03-14");
    expect(parseLooseDate("February 30, 2024")).toBeUndefined();
    expect(parseLooseDate("next Tuesday")).toBeUndefined();
  });
});

describe("sourceLabel", () => {
  it("prefers publisher, then host, then file name, then Pasted", () => {
    expect(sourceLabel({ publisher: "The Ledger", sourceUrl: "https://x.example", importKind: "URL", sourceName: null })).toBe("The Ledger");
    expect(sourceLabel({ publisher: null, sourceUrl: "https://www.news.example/a", importKind: "URL", sourceName: "https://www.news.example/a" })).toBe("news.example");
    expect(sourceLabel({ publisher: null, sourceUrl: null, importKind: "DOCX", sourceName: "memo.docx" })).toBe("memo.docx");
    expect(sourceLabel({ publisher: null, sourceUrl: null, importKind: "TEXT", sourceName: null })).toBe("Pasted");
  });
});
