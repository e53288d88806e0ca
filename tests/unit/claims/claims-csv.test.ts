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
  quoteInOriginal: null,
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
  evidence: [],
  stanceSummary: { supports: 0, refutes: 0, context: 0, total: 0, excerptsNotFound: 0 },
  priority: "NORMAL",
  requestedReviewers: [],
  verdict: null,
  approvals: [],
  requiredApprovals: 2,
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

  it("counts the evidence per stance and the quotes not found in their source", () => {
    const csv = claimsToCsv([claim({ stanceSummary: { supports: 1, refutes: 3, context: 2, total: 6, excerptsNotFound: 1 } }), claim()], () => "x");
    const rows = parseCsv(csv.slice(1));
    const cols = ["evidence", "supports", "refutes", "context", "quotes_not_found"] as const;
    const pick = (row: string[]) => cols.map((c) => row[CLAIMS_CSV_COLUMNS.indexOf(c)]);
    expect(pick(rows[1]!)).toEqual(["6", "1", "3", "2", "1"]);
    expect(pick(rows[2]!)).toEqual(["0", "0", "0", "0", "0"]);
  });

  it("says in quote_in_original whether the quote is the original article's words: yes, no, or empty when unknown", () => {
    const csv = claimsToCsv([claim({ quoteInOriginal: true }), claim({ quoteInOriginal: false }), claim({ quoteInOriginal: null })], () => "x");
    const rows = parseCsv(csv.slice(1));
    const col = CLAIMS_CSV_COLUMNS.indexOf("quote_in_original");
    expect(rows.slice(1).map((r) => r[col])).toEqual(["yes", "no", ""]);
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

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t'=1"],
    ["\r=1", "'\r'=1"],
    [" =1", "' =1"],
    ['"=1', `'"=1`],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["-x", "'-x"],
    ["Note;=1+1", "Note;'=1+1"],
    ["jobs; =cmd|' /C calc'!A0", "jobs; '=cmd|' /C calc'!A0"],
    ["a,@SUM(A1)", "a,'@SUM(A1)"],
    ["a\t+1", "a\t'+1"],
    ["line one\n-2+3", "line one\n'-2+3"],
    ["line one\r\n=1", "line one\r\n'=1"],
    ['a; "=1', `a; "'=1`],
    ["3 = 3", "3 = 3"],
    ["e-mail", "e-mail"],
    ["a - b; c", "a - b; c"],
    ["a@b.example", "a@b.example"],
  ])("neutralises formulas a spreadsheet could run: %j → %j", (input, expected) => {
    expect(parseCsv(`${csvCell(input)}\r\n`)[0]![0]).toBe(expected);
  });

  it("no field starts a formula however a spreadsheet splits the row (comma, semicolon or tab locales)", () => {
    const payloads = ["=1+1", "a;=1", "a; -2+3", "a,+1", "a\t@x", "a\n=1", 'a;"=1', "x;\uFF20y", " @x", "jobs; =cmd|' /C calc'!A0"];
    const csv = claimsToCsv([claim({ text: payloads.join(" "), claimant: payloads[1]!, tags: ["jobs", "=cmd|' /C calc'!A0", "-1+1"] }), ...payloads.map((p) => claim({ text: p, quote: { ...claim().quote, exact: p } }))], () => "x");
    for (const separator of [",", ";", "\t"]) {
      // A naive reader: every line break and separator starts a field, quotes are only stripped at a field's start.
      for (const field of csv.slice(1).split(/\r\n|\r|\n/).flatMap((line) => line.split(separator))) {
        expect(field.replace(/^[ "]*/, ""), `split on ${JSON.stringify(separator)}: ${JSON.stringify(field)}`).not.toMatch(/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/);
      }
    }
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
