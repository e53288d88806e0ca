import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { SOURCE_DETAIL_MAX_CITATIONS, SOURCE_DETAIL_MAX_SNAPSHOTS, type TSourceCitation, type TSourceDetail } from "@/lib/domain/evidence/source-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { snapshotSelect, toSnapshotDto } from "@/lib/server/snapshots/to-snapshot-dto";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

export const ZGetSourceInput = z.object({ workspaceSlug: z.string(), sourceId: z.string() });
export type TGetSourceInput = z.infer<typeof ZGetSourceInput>;

/**
 * A source's own page: its metadata and usage, its captures newest first (without their text; the
 * newest 50) and the claims citing it outside the trash (the first 500), with both totals. Every
 * member may read; another workspace's source is 404.
 */
export async function getSource({ actor, ...input }: { actor: TActor } & TGetSourceInput): Promise<TSourceDetail> {
  const { workspaceSlug, sourceId } = ZGetSourceInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source not found.");
  const row = await db.source.findFirst({ where: { id: sourceId, workspaceId: workspace.id }, select: sourceSelect });
  if (!row) throw new AppError("NOT_FOUND", "Source not found.");
  const citing = { sourceId: row.id, workspaceId: workspace.id, claim: { document: { deletedAt: null } } };
  const [[source], snapshots, snapshotCount, evidence, citationCount] = await Promise.all([
    toSourceDtos(db, [row]),
    db.sourceSnapshot.findMany({ where: { sourceId: row.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: snapshotSelect, take: SOURCE_DETAIL_MAX_SNAPSHOTS }),
    db.sourceSnapshot.count({ where: { sourceId: row.id } }),
    db.evidence.findMany({
      where: citing,
      take: SOURCE_DETAIL_MAX_CITATIONS,
      orderBy: [{ claim: { document: { title: "asc" } } }, { claim: { documentId: "asc" } }, { claim: { positionStart: "asc" } }, { position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        claimId: true,
        stance: true,
        excerpt: true,
        excerptFound: true,
        claim: { select: { text: true, documentId: true, document: { select: { title: true } } } },
      },
    }),
    db.evidence.count({ where: citing }),
  ]);
  const citations: TSourceCitation[] = evidence.map((e) => ({
    evidenceId: e.id,
    claimId: e.claimId,
    claimText: e.claim.text,
    documentId: e.claim.documentId,
    documentTitle: e.claim.document.title,
    stance: e.stance,
    excerpt: e.excerpt,
    excerptFound: e.excerptFound,
  }));
  return { ...source!, snapshots: snapshots.map((s) => toSnapshotDto(s)), snapshotCount, citations, citationCount };
}
