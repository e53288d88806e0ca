import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncSignOff } from "@/lib/server/reviews/sync-sign-off";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { excerptFoundForSource } from "@/lib/server/snapshots/recheck-excerpts";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireLiveEvidence, zExcerpt, zNote, zStance } from "./evidence-fields";
import { evidenceSelect, toEvidenceDto } from "./to-evidence-dto";

export const ZUpdateEvidenceInput = z
  .object({
    workspaceSlug: z.string(),
    evidenceId: z.string(),
    version: z.number({ error: "version is required: send the version you last read (optimistic concurrency)." }).int("version must be a whole number."),
    stance: zStance.optional(),
    excerpt: zExcerpt.optional(),
    note: zNote.optional(),
  })
  .strict();
export type TUpdateEvidenceInput = z.input<typeof ZUpdateEvidenceInput>;

const FIELDS = ["stance", "excerpt", "note"] as const;

/**
 * Changes a piece of evidence's stance, excerpt or note (its source stays: cite another source as
 * new evidence). A changed excerpt is checked again against the source's captured text. 409 when
 * `version` is not the current one. Editors, reviewers and admins.
 */
export async function updateEvidence({ actor, ...input }: { actor: TActor } & TUpdateEvidenceInput): Promise<TEvidenceDto> {
  const { workspaceSlug, evidenceId, version, ...fields } = ZUpdateEvidenceInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const current = await requireLiveEvidence(tx, workspace.id, evidenceId);
    if (current.version !== version) throw conflict();
    const changed = FIELDS.filter((k) => fields[k] !== undefined);
    if (changed.length === 0) throw new AppError("BAD_REQUEST", `Nothing to change: send one of ${FIELDS.join(", ")}.`);

    const data: Prisma.EvidenceUncheckedUpdateManyInput = { ...fields };
    if (fields.excerpt !== undefined && fields.excerpt !== current.excerpt) data.excerptFound = await excerptFoundForSource(tx, current.sourceId, fields.excerpt);
    // Conditional on the version read: a concurrent PATCH that committed first makes this one a 409, not a lost update.
    const { count } = await tx.evidence.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "evidence.updated",
      targetType: "evidence",
      targetId: current.id,
      data: {
        claimId: current.claimId,
        documentId: current.claim.documentId,
        sourceId: current.sourceId,
        sourceTitle: current.source.title,
        fields: changed,
        ...(fields.stance && fields.stance !== current.stance ? { stance: { from: current.stance, to: fields.stance } } : {}),
      },
    });
    // A verdict resting on this evidence now rests on something else: its approvals no longer stand.
    await syncSignOff(tx, { workspaceId: workspace.id, claimId: current.claimId, actor, cause: "Evidence was edited." });
    await notifyDocumentChanged(tx, { documentId: current.claim.documentId, ydoc: false, claims: true });
    return toEvidenceDto(await tx.evidence.findUniqueOrThrow({ where: { id: current.id }, select: evidenceSelect }));
  });
}

const conflict = () => new AppError("CONFLICT", "Someone else changed this evidence since you loaded it; reload it and make your change again.");
