import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TTx, db } from "@/lib/db";
import type { TSourceDto, TSourceSummary } from "@/lib/domain/evidence/source-dto";
import type { TSourceKind } from "@/lib/domain/evidence/source-type";
import type { TSnapshotErrorCode } from "@/lib/domain/evidence/snapshot-dto";

const latestSnapshotSelect = {
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { id: true, status: true, errorCode: true, error: true, fetchedAt: true, changed: true },
} satisfies Prisma.Source$snapshotsArgs;

/** What every mention of a source reads (evidence rows, autocomplete). */
export const sourceSummarySelect = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  type: true,
  file: { select: { sourceId: true } },
  snapshots: latestSnapshotSelect,
} satisfies Prisma.SourceSelect;

/** A library entry's own fields (its usage counts come from `loadSourceUsage`). */
export const sourceSelect = {
  ...sourceSummarySelect,
  workspaceId: true,
  normalizedUrl: true,
  author: true,
  publishedAt: true,
  reliabilityNote: true,
  description: true,
  file: { select: { sourceId: true, fileName: true, mediaType: true, byteSize: true } },
  createdBy: { select: { id: true, name: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.SourceSelect;

export type TSourceSummaryRow = Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>;
export type TSourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
export type TSourceUsage = TSourceDto["usage"];

const NO_USAGE: TSourceUsage = { evidence: 0, claims: 0, documents: 0 };

function sourceKind(row: { url: string | null; file: unknown }): TSourceKind {
  if (row.file) return "FILE";
  return row.url ? "URL" : "OFFLINE";
}

export function toSourceSummary(row: TSourceSummaryRow): TSourceSummary {
  const latest = row.snapshots[0];
  return {
    id: row.id,
    kind: sourceKind(row),
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    type: row.type,
    latestSnapshot: latest
      ? {
          id: latest.id,
          status: latest.status,
          errorCode: latest.errorCode as TSnapshotErrorCode | null,
          error: latest.error,
          fetchedAt: latest.fetchedAt ? latest.fetchedAt.toISOString() : null,
          changed: latest.changed,
        }
      : null,
  };
}

export function toSourceDto(row: TSourceRow, usage: TSourceUsage | undefined): TSourceDto {
  return {
    ...toSourceSummary(row),
    author: row.author,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    reliabilityNote: row.reliabilityNote,
    description: row.description,
    file: row.file ? { name: row.file.fileName, mediaType: row.file.mediaType, byteSize: row.file.byteSize } : null,
    usage: usage ?? NO_USAGE,
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * Where each source is cited: evidence rows, distinct claims and distinct documents, counting only
 * claims of documents that are not in the trash (the library shows what a reader can open). One query.
 */
export async function loadSourceUsage(client: TTx | typeof db, sourceIds: readonly string[]): Promise<Map<string, TSourceUsage>> {
  const out = new Map<string, TSourceUsage>();
  if (sourceIds.length === 0) return out;
  const rows = await client.$queryRaw<{ sourceId: string; evidence: number; claims: number; documents: number }[]>(Prisma.sql`
    SELECT e."sourceId" AS "sourceId",
           count(*)::int AS evidence,
           count(DISTINCT e."claimId")::int AS claims,
           count(DISTINCT c."documentId")::int AS documents
      FROM "Evidence" e
      JOIN "Claim" c ON c.id = e."claimId"
      JOIN "Document" d ON d.id = c."documentId"
     WHERE e."sourceId" = ANY(${[...new Set(sourceIds)]}::uuid[])
       AND d."deletedAt" IS NULL
     GROUP BY e."sourceId"`);
  for (const r of rows) out.set(r.sourceId, { evidence: r.evidence, claims: r.claims, documents: r.documents });
  return out;
}

/** Source rows as DTOs with their usage counts (one extra query for all of them). */
export async function toSourceDtos(client: TTx | typeof db, rows: readonly TSourceRow[]): Promise<TSourceDto[]> {
  const usage = await loadSourceUsage(
    client,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSourceDto(r, usage.get(r.id)));
}
