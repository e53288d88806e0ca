import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TSourceCitation, TSourceDetail } from "@/lib/domain/evidence/source-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { snapshotSelect, toSnapshotDto } from "@/lib/server/snapshots/to-snapshot-dto";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { sourceSelect, toSourceDtos } from "./to-source-dto";

export const ZGetSourceInput = z.object({ workspaceSlug: z.string(), sourceId: z.string() });
export type TGetSourceInput = z.infer<typeof ZGetSourceInput>;

/**
 * A source's own page: its metadata and usage, every capture newest first (without their text)
 * and every claim citing it outside the trash. Every member may read; another workspace's source is 404.
 */
export async function getSource({ actor, ...input }: { actor: TActor } & TGetSourceInput): Promise<TSourceDetail> {
  const { workspaceSlug, sourceId } = ZGetSourceInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source not found.");
  const row = await db.source.findFirst({ where: { id: sourceId, workspaceId: workspace.id }, select: sourceSelect });
  if (!row) throw new AppError("NOT_FOUND", "Source not found.");
  const [[source], snapshots, evidence] = await Promise.all([
    toSourceDtos(db, [row]),
    db.sourceSnapshot.findMany({ where: { sourceId: row.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: snapshotSelect }),
    db.evidence.findMany({
      where: { sourceId: row.id, workspaceId: workspace.id, claim: { document: { deletedAt: null } } },
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
  return { ...source!, snapshots: snapshots.map((s) => toSnapshotDto(s)), citations };
}
