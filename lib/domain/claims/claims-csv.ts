import { CLAIM_STATUS_LABELS } from "./claim-status";
import type { TClaimDto } from "./claim-dto";

/**
 * Claims as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break wrapped in double quotes with quotes doubled), UTF-8 with a byte-order mark so spreadsheet
 * programs read accents and non-Latin scripts correctly. Pure.
 *
 * Spreadsheets run a cell that starts with = + - @ (or their full-width forms) as a formula, and
 * claim text is written by users and quoted from articles. Following OWASP's CSV-injection advice,
 * such a cell gets a leading single quote, which spreadsheets show as text, and so does a cell that
 * starts with a tab or carriage return. Quoting protects a cell only where the reader splits on
 * commas: a spreadsheet set to split on ";" or tabs (many European locales) starts a new field
 * after any ";", ",", tab or line break inside the cell, where our quotes mean nothing, so a formula
 * character there (after spaces or quotes) gets the single quote too: "a; =1" is written "a; '=1".
 */

export const CSV_BOM = "\uFEFF";

export const CLAIMS_CSV_COLUMNS = [
  "id",
  "document_id",
  "document_title",
  "status",
  "claim",
  "quote",
  "start",
  "end",
  "detached_at",
  "quote_in_original",
  "claimant",
  "claim_date",
  "appearance_url",
  "checkworthiness",
  "tags",
  "evidence",
  "supports",
  "refutes",
  "context",
  "quotes_not_found",
  "assignee_name",
  "assignee_email",
  "due_date",
  "created_by",
  "created_at",
  "updated_at",
  "link",
] as const;

const FORMULA = "=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20";
const FORMULA_START = new RegExp(`^(?:[ "]*[${FORMULA}]|[\\t\\r])`);
/** A formula character where some reader starts a field: after a separator or line break, past spaces and quotes. */
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])([ "]*)(?=[${FORMULA}])`, "g");

/** One cell: neutralised if a spreadsheet would evaluate any part of it, then quoted if needed. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string") {
    s = s.replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
    if (FORMULA_START.test(s)) s = `'${s}`;
  }
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",");
}

export function claimCsvCells(claim: TClaimDto, link: string): (string | number | null)[] {
  return [
    claim.id,
    claim.documentId,
    claim.documentTitle,
    CLAIM_STATUS_LABELS[claim.status],
    claim.text,
    claim.quote.exact,
    claim.quote.start,
    claim.quote.end,
    claim.detachedAt,
    claim.quoteInOriginal === null ? null : claim.quoteInOriginal ? "yes" : "no",
    claim.claimant,
    claim.claimDate,
    claim.appearanceUrl,
    claim.checkworthiness,
    claim.tags.join("; "),
    claim.stanceSummary.total,
    claim.stanceSummary.supports,
    claim.stanceSummary.refutes,
    claim.stanceSummary.context,
    claim.stanceSummary.excerptsNotFound,
    claim.assignee?.name ?? null,
    claim.assignee?.email ?? null,
    claim.dueDate,
    claim.createdBy?.name ?? null,
    claim.createdAt,
    claim.updatedAt,
    link,
  ];
}

/** The whole file: BOM, header row, one row per claim, CRLF after every row. */
export function claimsToCsv(claims: readonly TClaimDto[], linkFor: (claim: TClaimDto) => string): string {
  const rows = [csvRow(CLAIMS_CSV_COLUMNS), ...claims.map((c) => csvRow(claimCsvCells(c, linkFor(c))))];
  return CSV_BOM + rows.map((r) => `${r}\r\n`).join("");
}
