import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncSignOff } from "@/lib/server/reviews/sync-sign-off";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import { rangeShapeIssue, zRange } from "./claim-fields";
import { addClaimMarkAt, editClaimMarks, removeClaimMarks } from "./edit-claim-marks";

export const ZReanchorClaimInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    ...zRange,
    /** Optional optimistic-concurrency check, as for PATCH. */
    version: z.number({ error: "version must be a whole number." }).int("version must be a whole number.").optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = rangeShapeIssue(v);
    if (issue) ctx.addIssue({ code: "custom", message: issue, path: ["end"] });
  });
export type TReanchorClaimInput = z.input<typeof ZReanchorClaimInput>;

/**
 * Attaches a claim (usually a detached one) to a new range: removes its old mark(s) wherever they
 * are, marks [start, end), resets the selectors and clears detachedAt, all in one transaction.
 * The range is checked like a new claim's (400 outside/blank, 409 if the text moved on).
 */
export async function reanchorClaim({ actor, ...input }: { actor: TActor } & TReanchorClaimInput): Promise<TClaimDto> {
  const v = ZReanchorClaimInput.parse(input);
  return db.$transaction(
    async (tx) => {
      const { workspace } = await requireMembership({ actor, workspaceSlug: v.workspaceSlug, capability: "content.edit" }, tx);
      if (!isUuid(v.claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
      const found = await tx.claim.findFirst({ where: { id: v.claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: { documentId: true } });
      if (!found) throw new AppError("NOT_FOUND", "Claim not found.");
      const { text } = await editClaimMarks(tx, { documentId: found.documentId, workspaceId: workspace.id }, (edit) => {
        removeClaimMarks(edit, v.claimId);
        addClaimMarkAt(edit, v.claimId, v);
      });
      const before = await tx.claim.findUnique({ where: { id: v.claimId }, select: { version: true, quoteExact: true, positionStart: true, positionEnd: true, detachedAt: true } });
      if (!before) throw new AppError("NOT_FOUND", "Claim not found.");
      if (v.version !== undefined && v.version !== before.version) {
        throw new AppError("CONFLICT", "Someone else changed this claim since you loaded it; reload it and try again.");
      }
      const quote = quoteSelectorAt(text, v.start, v.end);
      const row = await tx.claim.update({
        where: { id: v.claimId },
        data: {
          quoteExact: quote.exact,
          quotePrefix: quote.prefix,
          quoteSuffix: quote.suffix,
          positionStart: v.start,
          positionEnd: v.end,
          detachedAt: null,
          version: { increment: 1 },
        },
        select: claimSelect,
      });
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: "claim.reanchored",
        targetType: "claim",
        targetId: v.claimId,
        data: {
          documentId: found.documentId,
          from: { quote: before.quoteExact, start: before.positionStart, end: before.positionEnd, detached: before.detachedAt !== null },
          to: { quote: quote.exact, start: v.start, end: v.end },
        },
      });
      // The quote is part of what reviewers signed: a moved quote voids their approvals.
      const { voided } = await syncSignOff(tx, { workspaceId: workspace.id, claimId: v.claimId, actor, cause: "The claim was re-anchored." });
      const fresh = voided > 0 ? await tx.claim.findUniqueOrThrow({ where: { id: v.claimId }, select: claimSelect }) : row;
      return (await toClaimDtos(tx, [fresh]))[0]!;
    },
    { timeout: 15_000 },
  );
}
