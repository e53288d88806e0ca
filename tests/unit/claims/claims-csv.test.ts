import { describe, expect, it } from "vitest";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { CLAIMS_CSV_COLUMNS, CSV_BOM, claimsToCsv, csvCell } from "@/lib/domain/claims/claims-csv";

/** A small RFC 4180 reader, so the tests check what a spreadsheet would read back, not our own string building. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\r" && input[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const claim = (over: Partial<TClaimDto> = {}): TClaimDto => ({
  id: "c1",
  documentId: "d1",
  documentTitle: "Port traffic",
  status: "RESEARCHING",
  text: "Unemployment is at a record low",
  quote: { exact: "unemployment is at a record low", prefix: "", suffix: "", start: 10, end: 41 },
  detachedAt: null,
  claimant: "The mayor",
  claimDate: "2026-11-02",
  appearanceUrl: "https://news.example/a",
  checkworthiness: 4,
  tags: ["jobs", "economy"],
  assignee: { id: "u2", name: "Rui Reviewer", email: "rui@example.com" },
  dueDate: "2026-12-01",
  createdBy: { id: "u1", name: "Ada Editor" },
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T11:30:00.000Z",
  version: 3,
  ...over,
});

describe("claims CSV", () => {
  it("starts with a BOM and the header, ends every row with CRLF, one row per claim in the given order", () => {
    const csv = claimsToCsv([claim(), claim({ id: "c2" })], (c) => `https://app.example/w/demo/documents/${c.documentId}?claim=${c.id}`);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CLAIMS_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byName = Object.fromEntries(CLAIMS_CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(byName).toMatchObject({
      id: "c1",
      status: "Researching",
      claim: "Unemployment is at a record low",
      start: "10",
      end: "41",
      detached_at: "",
      tags: "jobs; economy",
      assignee_email: "rui@example.com",
      checkworthiness: "4",
      link: "https://app.example/w/demo/documents/d1?claim=c1",
    });
    expect(rows[2]![0]).toBe("c2");
  });

  it("quotes commas, double quotes and line breaks so they round-trip", () => {
    const text = 'He said "never", then:\nno.\r\nReally, never';
    const rows = parseCsv(claimsToCsv([claim({ text, claimant: null })], () => "x").slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("claim")]).toBe(text);
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("claimant")]).toBe("");
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const evil of ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      const cell = csvCell(evil);
      const read = parseCsv(`${cell}\r\n`)[0]![0]!;
      expect(read).toBe(`'${evil}`);
    }
    const rows = parseCsv(claimsToCsv([claim({ text: "=cmd|' /C calc'!A0", tags: ["-x"], claimant: "@mayor" })], () => "x").slice(1));
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("claim")]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("claimant")]).toBe("'@mayor");
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("tags")]).toBe("'-x");
    // Harmless text that merely contains those characters is left alone.
    expect(csvCell("3 = 3")).toBe("3 = 3");
    expect(csvCell("e-mail")).toBe("e-mail");
  });

  it("keeps Unicode intact (accents, CJK, RTL, emoji, astral characters)", () => {
    const text = "Zürich: 失业率 — البطالة 📉 𝔘";
    const rows = parseCsv(claimsToCsv([claim({ text, documentTitle: "Ça va, 東京" })], () => "x").slice(1));
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("claim")]).toBe(text);
    expect(rows[1]![CLAIMS_CSV_COLUMNS.indexOf("document_title")]).toBe("Ça va, 東京");
  });

  it("an empty export is the header alone", () => {
    expect(claimsToCsv([], () => "x")).toBe(`${CSV_BOM}${CLAIMS_CSV_COLUMNS.join(",")}\r\n`);
  });
});
