import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { excerptFoundForSource } from "@/lib/server/snapshots/recheck-excerpts";
import { sendCaptureJobs } from "@/lib/server/snapshots/send-capture-jobs";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { retrySourceRace } from "@/lib/server/sources/retry-source-race";
import { ZNewSourceFields } from "@/lib/server/sources/source-fields";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireLiveClaim, zExcerpt, zNote, zStance } from "./evidence-fields";
import { evidenceSelect, toEvidenceDto } from "./to-evidence-dto";

export const ZAddEvidenceInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    /** A source already in the workspace library… */
    sourceId: z.string().optional(),
    /** …or a new one (a URL already in the library is that source). */
    source: ZNewSourceFields.optional(),
    stance: zStance,
    excerpt: zExcerpt.optional(),
    note: zNote.optional(),
  })
  .strict();
export type TAddEvidenceInput = z.input<typeof ZAddEvidenceInput>;

const sourceNotFound = () => new AppError("NOT_FOUND", "Source not found.");

/**
 * Cites a source on a claim with a stance, the quoted excerpt and a note, after the claim's other
 * evidence. The source is one of the library (`sourceId`) or given (`source`): created, or found by
 * its normalized URL, in the same transaction, so a refused input leaves no stray source. Whether
 * the excerpt is in the source's captured text is checked now (null until a capture exists; the
 * capture job rechecks). Editors, reviewers and admins; viewers get 403.
 */
export async function addEvidence({ actor, ...input }: { actor: TActor } & TAddEvidenceInput): Promise<TEvidenceDto> {
  const { workspaceSlug, claimId, sourceId, source, stance, excerpt = "", note = "" } = ZAddEvidenceInput.parse(input);
  if ((sourceId === undefined) === (source === undefined)) {
    throw new AppError("BAD_REQUEST", "Give either sourceId (a source from the library) or source (a new one), not both.");
  }
  let result: { evidence: TEvidenceDto; snapshotId: string | null };
  try {
    result = await retrySourceRace(() =>
      db.$transaction(async (tx) => {
        const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
        const claim = await requireLiveClaim(tx, workspace.id, claimId);
        let found: { id: string; snapshotId: string | null };
        if (sourceId !== undefined) {
          if (!isUuid(sourceId)) throw sourceNotFound();
          const row = await tx.source.findFirst({ where: { id: sourceId, workspaceId: workspace.id }, select: { id: true } });
          if (!row) throw sourceNotFound();
          found = { id: row.id, snapshotId: null };
        } else {
          found = await findOrCreateSource(tx, { actor, workspaceId: workspace.id, fields: source!, fieldPath: "source." });
        }
        // The source's lock first (excerptFoundForSource), then the claim's, in the order the
        // capture job takes them: two adds at once queue on the claim row, so each sees the
        // other's position and none ties.
        const excerptFound = await excerptFoundForSource(tx, found.id, excerpt);
        await tx.$executeRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claim.id}::uuid FOR UPDATE`;
        const last = await tx.evidence.aggregate({ where: { claimId: claim.id }, _max: { position: true } });
        const created = await tx.evidence.create({
          data: {
            workspaceId: workspace.id,
            claimId: claim.id,
            sourceId: found.id,
            stance,
            excerpt,
            note,
            position: (last._max.position ?? -1) + 1,
            excerptFound,
            createdById: actor.userId,
          },
          select: evidenceSelect,
        });
        await recordAuditEvent(tx, {
          actor,
          workspaceId: workspace.id,
          action: "evidence.added",
          targetType: "evidence",
          targetId: created.id,
          data: { claimId: claim.id, documentId: claim.documentId, sourceId: found.id, sourceTitle: created.source.title, stance },
        });
        await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true });
        return { evidence: toEvidenceDto(created), snapshotId: found.snapshotId };
      }),
    );
  } catch (e) {
    // The source was deleted between our read and the insert (its foreign key check failed).
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2003") throw sourceNotFound();
    throw e;
  }
  if (result.snapshotId) await sendCaptureJobs([result.snapshotId]);
  return result.evidence;
}
