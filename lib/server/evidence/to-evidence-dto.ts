import "server-only";
import type { TTx, db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { Prisma } from "@/lib/generated/prisma/client";
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

type TEvidenceFlatRow = {
  id: string;
  workspaceId: string;
  claimId: string;
  stance: TEvidenceRow["stance"];
  excerpt: string;
  note: string;
  position: number;
  excerptFound: boolean | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  sourceId: string;
  sourceUrl: string | null;
  sourceTitle: string;
  sourcePublisher: string | null;
  sourceType: TEvidenceRow["source"]["type"];
  hasFile: boolean;
  userId: string | null;
  userName: string | null;
  snapshotId: string | null;
  snapshotStatus: TEvidenceRow["source"]["snapshots"][number]["status"] | null;
  snapshotErrorCode: string | null;
  snapshotError: string | null;
  snapshotFetchedAt: Date | null;
  snapshotChanged: boolean | null;
};

/** The same shape `evidenceSelect` reads, from one joined row. */
function fromFlatRow(r: TEvidenceFlatRow): TEvidenceRow {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    claimId: r.claimId,
    stance: r.stance,
    excerpt: r.excerpt,
    note: r.note,
    position: r.position,
    excerptFound: r.excerptFound,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    source: {
      id: r.sourceId,
      url: r.sourceUrl,
      title: r.sourceTitle,
      publisher: r.sourcePublisher,
      type: r.sourceType,
      file: r.hasFile ? { sourceId: r.sourceId } : null,
      snapshots:
        r.snapshotId && r.snapshotStatus
          ? [{ id: r.snapshotId, status: r.snapshotStatus, errorCode: r.snapshotErrorCode, error: r.snapshotError, fetchedAt: r.snapshotFetchedAt, changed: r.snapshotChanged }]
          : [],
    },
    createdBy: r.userId && r.userName !== null ? { id: r.userId, name: r.userName } : null,
  };
}

/**
 * The evidence of many claims at once, grouped by claim and ordered within each. Every claim read
 * goes through here (the 200-claim document page too), so it is ONE query: the sources, their
 * newest capture (LATERAL … LIMIT 1 on the (sourceId, createdAt) index), file presence and author
 * joined in, where Prisma's nested select would make five round trips.
 */
export async function loadClaimsEvidence(client: TTx | typeof db, claimIds: readonly string[]): Promise<Map<string, TEvidenceDto[]>> {
  const out = new Map<string, TEvidenceDto[]>();
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return out;
  const rows = await client.$queryRaw<TEvidenceFlatRow[]>(Prisma.sql`
    SELECT e.id, e."workspaceId", e."claimId", e.stance::text AS stance, e.excerpt, e.note, e.position, e."excerptFound",
           e."createdAt", e."updatedAt", e.version,
           s.id AS "sourceId", s.url AS "sourceUrl", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.type::text AS "sourceType",
           (f."sourceId" IS NOT NULL) AS "hasFile",
           u.id AS "userId", u.name AS "userName",
           ls.id AS "snapshotId", ls.status::text AS "snapshotStatus", ls."errorCode" AS "snapshotErrorCode", ls.error AS "snapshotError",
           ls."fetchedAt" AS "snapshotFetchedAt", ls.changed AS "snapshotChanged"
      FROM "Evidence" e
      JOIN "Source" s ON s.id = e."sourceId"
      LEFT JOIN "SourceFile" f ON f."sourceId" = s.id
      LEFT JOIN "User" u ON u.id = e."createdById"
      LEFT JOIN LATERAL (
        SELECT x.id, x.status, x."errorCode", x.error, x."fetchedAt", x.changed
          FROM "SourceSnapshot" x
         WHERE x."sourceId" = s.id
         ORDER BY x."createdAt" DESC, x.id DESC
         LIMIT 1
      ) ls ON true
     WHERE e."claimId" = ANY(${ids}::uuid[])
     ORDER BY e."claimId", e.position, e."createdAt", e.id`);
  for (const r of rows) {
    const list = out.get(r.claimId);
    const dto = toEvidenceDto(fromFlatRow(r));
    if (list) list.push(dto);
    else out.set(r.claimId, [dto]);
  }
  return out;
}
