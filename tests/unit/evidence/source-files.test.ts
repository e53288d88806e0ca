import { describe, expect, it } from "vitest";
import { cleanFileName, sniffFileType, titleFromFileName } from "@/lib/domain/evidence/source-files";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffFileType: the type from the bytes, never the name", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n%…"), "application/pdf"],
    ["a PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image/png"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "image/jpeg"],
    ["a WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["a shell script named .pdf", bytes("#!/bin/sh\nrm -rf /\n"), null],
    ["HTML posing as a PDF", bytes("<html><script>alert(1)</script>%PDF-"), null],
    ["an SVG (scriptable)", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), null],
    ["a ZIP", bytes("PK", [3, 4, 20, 0]), null],
    ["a WAV (RIFF but not WebP)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "), null],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e]), null],
    ["nothing", bytes(), null],
  ])("%s", (_, input, want) => {
    expect(sniffFileType(input)).toBe(want);
  });
});

describe("cleanFileName", () => {
  it.each([
    ["report.pdf", "report.pdf"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\me\\scan.png", "scan.png"],
    ["evil\u202Efdp.exe", "evilfdp.exe"],
    ["tab\there\nnewline.pdf", "tab here newline.pdf"],
    ["...hidden.pdf", "hidden.pdf"],
    ["", "file"],
    ["/", "file"],
  ])("%j → %j", (raw, want) => {
    expect(cleanFileName(raw)).toBe(want);
  });

  it("keeps the extension when it shortens a long name to 200 characters", () => {
    const name = cleanFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  it("titles a file by its name without the extension", () => {
    expect(titleFromFileName("budget_statement-2025.pdf")).toBe("budget statement 2025");
    expect(titleFromFileName("scan")).toBe("scan");
  });
});
