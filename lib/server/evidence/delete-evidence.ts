import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncSignOff } from "@/lib/server/reviews/sync-sign-off";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireLiveEvidence } from "./evidence-fields";

export const ZDeleteEvidenceInput = z.object({ workspaceSlug: z.string(), evidenceId: z.string() });
export type TDeleteEvidenceInput = z.infer<typeof ZDeleteEvidenceInput>;

/**
 * Removes a piece of evidence from its claim; the source stays in the library. The audit event
 * keeps what it said (stance, excerpt, source). Editors, reviewers and admins.
 */
export async function deleteEvidence({ actor, ...input }: { actor: TActor } & TDeleteEvidenceInput): Promise<void> {
  const { workspaceSlug, evidenceId } = ZDeleteEvidenceInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const current = await requireLiveEvidence(tx, workspace.id, evidenceId);
    // deleteMany: a concurrent delete that committed first leaves nothing to audit twice.
    const { count } = await tx.evidence.deleteMany({ where: { id: current.id } });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "evidence.removed",
      targetType: "evidence",
      targetId: current.id,
      data: {
        claimId: current.claimId,
        documentId: current.claim.documentId,
        sourceId: current.sourceId,
        sourceTitle: current.source.title,
        stance: current.stance,
        excerpt: current.excerpt,
      },
    });
    await syncSignOff(tx, { workspaceId: workspace.id, claimId: current.claimId, actor, cause: "Evidence was removed." });
    await notifyDocumentChanged(tx, { documentId: current.claim.documentId, ydoc: false, claims: true });
  });
}
