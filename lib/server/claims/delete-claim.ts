import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { editClaimMarks, removeClaimMarks } from "./edit-claim-marks";

export const ZDeleteClaimInput = z.object({ workspaceSlug: z.string(), claimId: z.string() });
export type TDeleteClaimInput = z.infer<typeof ZDeleteClaimInput>;

/**
 * Deletes a claim: its mark(s) leave the document (the text stays) and the row goes, in one
 * transaction with an audit event that keeps what the claim quoted and said.
 */
export async function deleteClaim({ actor, ...input }: { actor: TActor } & TDeleteClaimInput): Promise<void> {
  const { workspaceSlug, claimId } = ZDeleteClaimInput.parse(input);
  await db.$transaction(
    async (tx) => {
      const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
      if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
      const found = await tx.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: { documentId: true } });
      if (!found) throw new AppError("NOT_FOUND", "Claim not found.");
      await editClaimMarks(tx, { documentId: found.documentId, workspaceId: workspace.id }, (edit) => removeClaimMarks(edit, claimId));
      // Read again under the document lock: a concurrent delete that committed first makes this a 404, audited once.
      const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { quoteExact: true, text: true, status: true, positionStart: true, positionEnd: true } });
      if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
      await tx.claim.delete({ where: { id: claimId } });
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: "claim.deleted",
        targetType: "claim",
        targetId: claimId,
        data: { documentId: found.documentId, quote: claim.quoteExact, text: claim.text, status: claim.status, start: claim.positionStart, end: claim.positionEnd },
      });
    },
    { timeout: 15_000 },
  );
}
