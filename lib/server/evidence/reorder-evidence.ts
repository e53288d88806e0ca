import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireLiveClaim } from "./evidence-fields";
import { evidenceOrderBy, evidenceSelect, toEvidenceDto } from "./to-evidence-dto";

export const EVIDENCE_ORDER_MAX = 500;

export const ZReorderEvidenceInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    /** Every evidence id of the claim, each once, in the new order. */
    order: z
      .array(z.string({ error: "order must be a list of evidence ids." }), { error: "order must be a list of evidence ids." })
      .max(EVIDENCE_ORDER_MAX, `order can list at most ${EVIDENCE_ORDER_MAX} ids.`),
  })
  .strict();
export type TReorderEvidenceInput = z.input<typeof ZReorderEvidenceInput>;

/**
 * Puts a claim's evidence in the given order. `order` must name exactly the claim's evidence, each
 * once: a list made from a stale view (someone added or removed evidence meanwhile) is refused with
 * 400 rather than half applied. Versions do not move: an order is not an edit of the evidence.
 */
export async function reorderEvidence({ actor, ...input }: { actor: TActor } & TReorderEvidenceInput): Promise<TEvidenceDto[]> {
  const { workspaceSlug, claimId, order } = ZReorderEvidenceInput.parse(input);
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    const claim = await requireLiveClaim(tx, workspace.id, claimId);
    // The claim row first (as adding evidence does), then its evidence rows, so an add, edit or
    // removal meanwhile waits for the new order.
    await tx.$executeRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claim.id}::uuid FOR UPDATE`;
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Evidence" WHERE "claimId" = ${claim.id}::uuid FOR UPDATE`;
    const current = new Set(rows.map((r) => r.id));
    const given = new Set(order);
    if (given.size !== order.length || given.size !== current.size || order.some((id) => !current.has(id))) {
      throw new AppError(
        "BAD_REQUEST",
        `order must list each of the claim's ${current.size} evidence id${current.size === 1 ? "" : "s"} exactly once; reload the claim if evidence was added or removed meanwhile.`,
      );
    }
    for (const [position, id] of order.entries()) {
      await tx.evidence.updateMany({ where: { id, claimId: claim.id, NOT: { position } }, data: { position } });
    }
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "evidence.reordered", targetType: "claim", targetId: claim.id, data: { documentId: claim.documentId, order } });
    await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true });
    const list = await tx.evidence.findMany({ where: { claimId: claim.id }, orderBy: evidenceOrderBy, select: evidenceSelect });
    return list.map(toEvidenceDto);
  });
}
