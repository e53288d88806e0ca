import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { MANUAL_CLAIM_STATUSES } from "@/lib/domain/claims/claim-status";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { isUuid } from "@/lib/domain/ids";
import { collectClaimRuns } from "@/lib/editor/text-map";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireAssignee } from "./require-assignee";
import { addClaimMarkAt, editClaimMarks } from "./edit-claim-marks";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import {
  CLAIM_TEXT_MAX,
  rangeShapeIssue,
  zAppearanceUrl,
  zAssigneeId,
  zCheckworthiness,
  zClaimant,
  zClaimText,
  zDay,
  zRange,
  zStatus,
  zTags,
} from "./claim-fields";

export const ZCreateClaimInput = z
  .object({
    workspaceSlug: z.string(),
    documentId: z.string({ error: "documentId is required: the document the claim is in." }),
    ...zRange,
    text: zClaimText.optional(),
    claimant: zClaimant.nullable().optional(),
    claimDate: zDay().nullable().optional(),
    appearanceUrl: zAppearanceUrl.nullable().optional(),
    checkworthiness: zCheckworthiness.nullable().optional(),
    tags: zTags.optional(),
    assigneeId: zAssigneeId.nullable().optional(),
    dueDate: zDay().nullable().optional(),
    status: zStatus
      .refine((s) => MANUAL_CLAIM_STATUSES.includes(s), `A new claim starts as ${MANUAL_CLAIM_STATUSES.join(" or ")}; later statuses come from the review workflow.`)
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const issue = rangeShapeIssue(v);
    if (issue) ctx.addIssue({ code: "custom", message: issue, path: ["end"] });
  });
export type TCreateClaimInput = z.input<typeof ZCreateClaimInput>;

const toDate = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

/**
 * Marks a range of a document as a claim. In ONE transaction: the claim mark goes into the
 * document's Y.js state (under the document's row lock), the Claim row is written with its W3C
 * selectors, and the audit event is recorded; a failure at any point leaves none of them.
 */
export async function createClaim({ actor, ...input }: { actor: TActor } & TCreateClaimInput): Promise<TClaimDto> {
  const v = ZCreateClaimInput.parse(input);
  return db.$transaction(
    async (tx) => {
      const { workspace } = await requireMembership({ actor, workspaceSlug: v.workspaceSlug, capability: "content.edit" }, tx);
      if (!isUuid(v.documentId)) throw new AppError("NOT_FOUND", "Document not found.");
      if (v.assigneeId) await requireAssignee(tx, workspace.id, v.assigneeId);
      const id = randomUUID();
      const { result: document, text } = await editClaimMarks(tx, { documentId: v.documentId, workspaceId: workspace.id }, (edit) => {
        // Two people marking the same sentence in one session would otherwise make twin claims.
        for (const runs of collectClaimRuns(edit.node, edit.map).values()) {
          if (runs.some((r) => r.start === v.start && r.end === v.end)) {
            throw new AppError("CONFLICT", "This exact text is already marked as a claim. Open that claim to edit it, or select a different span.");
          }
        }
        addClaimMarkAt(edit, id, v);
        return edit.document;
      });
      const quote = quoteSelectorAt(text, v.start, v.end);
      const row = await tx.claim.create({
        data: {
          id,
          workspaceId: workspace.id,
          documentId: document.id,
          quoteExact: quote.exact,
          quotePrefix: quote.prefix,
          quoteSuffix: quote.suffix,
          positionStart: v.start,
          positionEnd: v.end,
          text: v.text ?? v.exact.replace(/\s+/g, " ").trim().slice(0, CLAIM_TEXT_MAX),
          claimant: v.claimant ?? null,
          claimDate: toDate(v.claimDate),
          appearanceUrl: v.appearanceUrl === undefined ? document.sourceUrl : v.appearanceUrl,
          checkworthiness: v.checkworthiness ?? null,
          tags: v.tags ?? [],
          status: v.status ?? "DRAFT",
          assigneeId: v.assigneeId ?? null,
          dueDate: toDate(v.dueDate),
          createdById: actor.userId,
        },
        select: claimSelect,
      });
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: "claim.created",
        targetType: "claim",
        targetId: id,
        data: { documentId: document.id, quote: quote.exact, text: row.text, start: v.start, end: v.end },
      });
      return (await toClaimDtos(tx, [row]))[0]!;
    },
    { timeout: 15_000 },
  );
}
