import "server-only";
import type { TTx, db } from "@/lib/db";
import { prepareOriginal, quoteInOriginal, type TOriginalText } from "@/lib/domain/anchoring/quote-in-original";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { EMPTY_STANCE_SUMMARY, summarizeStances, type TStanceSummary } from "@/lib/domain/evidence/stance";
import type { TVerdictSummaryDto } from "@/lib/domain/reviews/review-dto";
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
  priority: true,
  workspace: { select: { requiredApprovals: true } },
  reviewers: { select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
  // The current verdict (latest version) and the approvals that still stand: every claim read
  // shows the rating and the sign-off state, so a claim's status is readable wherever it appears.
  verdicts: {
    select: { id: true, version: true, summary: true, createdAt: true, ratingLabel: true, ratingValue: true, ratingColor: true, author: { select: { id: true, name: true } } },
    orderBy: { version: "desc" },
    take: 1,
  },
  reviews: {
    where: { voidedAt: null, kind: { in: ["APPROVE", "OVERRIDE"] } },
    select: { kind: true, createdAt: true, reviewer: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
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
export async function toClaimDtos(client: TTx | typeof db, rows: readonly TClaimRow[], opts: { evidence?: "full" | "summary" } = {}): Promise<TClaimDto[]> {
  const ids = rows.map((r) => r.id);
  if (opts.evidence === "summary") {
    const [originals, summaries] = await Promise.all([loadOriginalTexts(client, rows.map((r) => r.documentId)), loadStanceSummaries(client, ids)]);
    return rows.map((r) => toClaimDto(r, originals.get(r.documentId) ?? null, [], summaries.get(r.id) ?? EMPTY_STANCE_SUMMARY));
  }
  const [originals, evidence] = await Promise.all([loadOriginalTexts(client, rows.map((r) => r.documentId)), loadClaimsEvidence(client, ids)]);
  return rows.map((r) => toClaimDto(r, originals.get(r.documentId) ?? null, evidence.get(r.id) ?? []));
}

/** Each claim's stance counts, from the stance and excerpt flag of its evidence only (one query). */
async function loadStanceSummaries(client: TTx | typeof db, claimIds: readonly string[]): Promise<Map<string, TStanceSummary>> {
  const out = new Map<string, TStanceSummary>();
  if (claimIds.length === 0) return out;
  const rows = await client.evidence.findMany({ where: { claimId: { in: [...new Set(claimIds)] } }, select: { claimId: true, stance: true, excerptFound: true } });
  const byClaim = new Map<string, typeof rows>();
  for (const r of rows) byClaim.set(r.claimId, [...(byClaim.get(r.claimId) ?? []), r]);
  for (const [id, list] of byClaim) out.set(id, summarizeStances(list));
  return out;
}

function toVerdictSummary(v: TClaimRow["verdicts"][number] | undefined): TVerdictSummaryDto | null {
  if (!v) return null;
  return {
    id: v.id,
    version: v.version,
    author: v.author,
    summary: v.summary,
    createdAt: v.createdAt.toISOString(),
    rating: { label: v.ratingLabel, value: v.ratingValue, color: v.ratingColor },
  };
}

export function toClaimDto(row: TClaimRow, original: TOriginalText | null, evidence: TEvidenceDto[], summary: TStanceSummary = summarizeStances(evidence)): TClaimDto {
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
    stanceSummary: summary,
    priority: row.priority,
    requestedReviewers: row.reviewers.map((r) => ({ id: r.user.id, name: r.user.name })),
    verdict: toVerdictSummary(row.verdicts[0]),
    approvals: row.reviews.map((r) => ({ reviewer: r.reviewer, at: r.createdAt.toISOString(), override: r.kind === "OVERRIDE" })),
    requiredApprovals: row.workspace.requiredApprovals,
    version: row.version,
  };
}
