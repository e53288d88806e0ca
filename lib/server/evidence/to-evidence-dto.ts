import "server-only";
import type { TTx, db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceSummarySelect, toSourceSummary } from "@/lib/server/sources/to-source-dto";

export const evidenceSelect = {
  id: true,
  workspaceId: true,
  claimId: true,
  stance: true,
  excerpt: true,
  note: true,
  position: true,
  excerptFound: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  source: { select: sourceSummarySelect },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.EvidenceSelect;

export type TEvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** A claim's evidence in the order the team set (position, then when it was added). */
export const evidenceOrderBy = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] satisfies Prisma.EvidenceOrderByWithRelationInput[];

export function toEvidenceDto(row: TEvidenceRow): TEvidenceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    stance: row.stance,
    excerpt: row.excerpt,
    note: row.note,
    position: row.position,
    excerptFound: row.excerptFound,
    source: toSourceSummary(row.source),
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * The evidence of many claims at once, grouped by claim and ordered within each: one query (and
 * Prisma's batched reads of the sources' fields), however many claims a page shows.
 */
export async function loadClaimsEvidence(client: TTx | typeof db, claimIds: readonly string[]): Promise<Map<string, TEvidenceDto[]>> {
  const out = new Map<string, TEvidenceDto[]>();
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return out;
  const rows = await client.evidence.findMany({ where: { claimId: { in: ids } }, orderBy: evidenceOrderBy, select: evidenceSelect });
  for (const r of rows) {
    const list = out.get(r.claimId);
    const dto = toEvidenceDto(r);
    if (list) list.push(dto);
    else out.set(r.claimId, [dto]);
  }
  return out;
}
