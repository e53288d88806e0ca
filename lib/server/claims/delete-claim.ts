import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/domain/claims/claim-status";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { editClaimMarks, removeClaimMarks } from "./edit-claim-marks";

export const ZDeleteClaimInput = z.object({
  workspaceSlug: z.string(),
  claimId: z.string(),
  /** Why a claim past research is withdrawn (admins and owners; required there). */
  reason: z.string().trim().max(2000, "Keep the reason under 2,000 characters.").refine((s) => !s.includes("\u0000"), "No NUL characters.").optional(),
});
export type TDeleteClaimInput = z.infer<typeof ZDeleteClaimInput>;

/** Statuses where a claim is past research: only withdrawn by admins and owners, with a reason. */
const UNDER_REVIEW: readonly TClaimStatus[] = ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];

/**
 * Deletes a claim: its mark(s) leave the document (the text stays) and the row goes, in one
 * transaction with an audit event that keeps what the claim quoted and said. A claim past research
 * carries a team's review: only admins and owners may withdraw it, with a reason, and the audit
 * event keeps its verdict (`claim.withdrawn`). Published claims are never deleted.
 */
export async function deleteClaim({ actor, ...input }: { actor: TActor } & TDeleteClaimInput): Promise<void> {
  const { workspaceSlug, claimId, reason } = ZDeleteClaimInput.parse(input);
  await db.$transaction(
    async (tx) => {
      const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
      if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
      const found = await tx.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: { documentId: true, status: true } });
      if (!found) throw new AppError("NOT_FOUND", "Claim not found.");
      if (found.status === "PUBLISHED" || found.status === "CORRECTED") {
        throw new AppError("CONFLICT", "A published claim cannot be deleted: its verdict is on the public record.");
      }
      const withdrawal = UNDER_REVIEW.includes(found.status);
      if (withdrawal && !can(membership.role, "workspace.settings")) {
        throw new AppError("FORBIDDEN", "This claim is past research: only an admin or owner can withdraw it, with a reason.");
      }
      if (withdrawal && !reason) throw new AppError("BAD_REQUEST", "Say why the claim is withdrawn: it is past research, and the reason stays in the audit log.");
      await editClaimMarks(tx, { documentId: found.documentId, workspaceId: workspace.id }, (edit) => removeClaimMarks(edit, claimId));
      // Read again under the document lock: a concurrent delete that committed first makes this a 404, audited once.
      const claim = await tx.claim.findUnique({
        where: { id: claimId },
        select: {
          quoteExact: true,
          text: true,
          status: true,
          positionStart: true,
          positionEnd: true,
          verdicts: { orderBy: { version: "desc" }, take: 1, select: { version: true, ratingLabel: true, summary: true, signOffHash: true } },
        },
      });
      if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
      await tx.claim.delete({ where: { id: claimId } });
      const verdict = claim.verdicts[0];
      // Its review lock on the text went with it (cascade): tell the collab server.
      if (withdrawal) await notifyDocumentChanged(tx, { documentId: found.documentId, ydoc: false, claims: true, textLock: true });
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: withdrawal ? "claim.withdrawn" : "claim.deleted",
        targetType: "claim",
        targetId: claimId,
        data: {
          claimId,
          documentId: found.documentId,
          quote: claim.quoteExact,
          text: claim.text,
          status: claim.status,
          start: claim.positionStart,
          end: claim.positionEnd,
          ...(reason ? { reason } : {}),
          ...(verdict ? { verdict: { version: verdict.version, rating: verdict.ratingLabel, summary: verdict.summary, signOffHash: verdict.signOffHash } } : {}),
        },
      });
    },
    { timeout: 15_000 },
  );
}
