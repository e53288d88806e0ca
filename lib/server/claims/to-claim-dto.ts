import "server-only";
import type { TTx, db } from "@/lib/db";
import { prepareOriginal, quoteInOriginal, type TOriginalText } from "@/lib/domain/anchoring/quote-in-original";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { summarizeStances } from "@/lib/domain/evidence/stance";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadClaimsEvidence } from "@/lib/server/evidence/to-evidence-dto";

/** The one select every claim read uses, so every endpoint returns the same shape. */
export const claimSelect = {
  id: true,
  workspaceId: true,
  documentId: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
  detachedAt: true,
  text: true,
  claimant: true,
  claimDate: true,
  appearanceUrl: true,
  checkworthiness: true,
  tags: true,
  status: true,
  dueDate: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  document: { select: { title: true } },
  assignee: { select: { id: true, name: true, email: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export type TClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The original article text of each document, for quote checks. Documents imported before the
 * importer's text was kept fall back to a plain-text source as it was received; others have none.
 */
export async function loadOriginalTexts(client: TTx | typeof db, documentIds: readonly string[]): Promise<Map<string, TOriginalText>> {
  const ids = [...new Set(documentIds)];
  const out = new Map<string, TOriginalText>();
  if (ids.length === 0) return out;
  const rows = await client.documentImport.findMany({ where: { documentId: { in: ids } }, select: { documentId: true, articleText: true, kind: true, text: true } });
  for (const r of rows) {
    const text = r.articleText ?? (r.kind === "TEXT" ? r.text : null);
    if (text !== null) out.set(r.documentId, prepareOriginal(text));
  }
  return out;
}

/**
 * Claim rows as DTOs, each with its quote checked against its document's original and its evidence
 * (one query for the evidence of all rows, so a 200-claim page costs the same few round trips).
 */
export async function toClaimDtos(client: TTx | typeof db, rows: readonly TClaimRow[]): Promise<TClaimDto[]> {
  const [originals, evidence] = await Promise.all([
    loadOriginalTexts(client, rows.map((r) => r.documentId)),
    loadClaimsEvidence(client, rows.map((r) => r.id)),
  ]);
  return rows.map((r) => toClaimDto(r, originals.get(r.documentId) ?? null, evidence.get(r.id) ?? []));
}

export function toClaimDto(row: TClaimRow, original: TOriginalText | null, evidence: TEvidenceDto[]): TClaimDto {
  return {
    id: row.id,
    documentId: row.documentId,
    documentTitle: row.document.title,
    status: row.status,
    text: row.text,
    quote: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix, start: row.positionStart, end: row.positionEnd },
    detachedAt: row.detachedAt ? row.detachedAt.toISOString() : null,
    quoteInOriginal: original ? quoteInOriginal(original, row.quoteExact) : null,
    claimant: row.claimant,
    claimDate: day(row.claimDate),
    appearanceUrl: row.appearanceUrl,
    checkworthiness: row.checkworthiness,
    tags: row.tags,
    assignee: row.assignee ? { id: row.assignee.id, name: row.assignee.name, email: row.assignee.email } : null,
    dueDate: day(row.dueDate),
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    evidence,
    stanceSummary: summarizeStances(evidence),
    version: row.version,
  };
}
