import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import type { TReviewStateDto } from "@/lib/domain/reviews/review-dto";
import { verdictRating } from "@/lib/domain/reviews/default-rating-scale";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { contentEditRule } from "@/lib/domain/reviews/workflow";
import { parseRationale } from "@/lib/editor/rationale-extensions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { notifyDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { computeSignOff } from "./compute-sign-off";
import { loadReviewContext, verdictRowSelect } from "./load-review-context";
import { zClaimVersion } from "./review-fields";
import { buildReviewState } from "./review-state";
import { staleClaimConflict } from "./stale-claim-conflict";
import { voidStaleApprovals } from "./void-stale-approvals";

export const MAX_VERDICT_SUMMARY = 1000;
export const MAX_RATIONALE_CHARS = 50_000;
export const MAX_VERDICT_EVIDENCE = 100;

export const ZCreateVerdictInput = z
  .object({
    workspaceSlug: z.string(),
    claimId: z.string(),
    claimVersion: zClaimVersion,
    rating: z.string({ error: "rating is required: the label of a rating on the workspace's scale." }).trim().min(1, "Choose a rating.").max(80),
    summary: z
      .string({ error: "summary is required: one or two sentences for readers." })
      .trim()
      .min(1, "Write a short summary for readers.")
      .max(MAX_VERDICT_SUMMARY, `Keep the summary under ${MAX_VERDICT_SUMMARY} characters.`)
      .refine((s) => !s.includes("\u0000"), "The summary cannot contain NUL characters."),
    rationale: z.unknown().refine((v) => v !== undefined, "rationale is required: a Tiptap document (it may be one empty paragraph)."),
    evidenceIds: z
      .array(z.string().refine(isUuid, "Each evidence id must be a UUID."), { error: "evidenceIds must be a list of the claim's evidence ids." })
      .max(MAX_VERDICT_EVIDENCE, `A verdict rests on at most ${MAX_VERDICT_EVIDENCE} pieces of evidence.`),
  })
  .strict();
export type TCreateVerdictInput = z.input<typeof ZCreateVerdictInput>;

/**
 * Saves a new version of a claim's verdict (editors and above): a rating from the workspace's
 * scale (copied, so a later scale edit never rewrites it), a summary, a rationale in rich text and
 * the claim's evidence it rests on. Versions are never changed. On a claim in review or approved
 * the new content voids the standing approvals, visibly, and the claim is back in review;
 * published verdicts change only through a correction. Based on `claimVersion` (409 when stale).
 */
export async function createVerdict({ actor, ...input }: { actor: TActor } & TCreateVerdictInput): Promise<TReviewStateDto> {
  const { workspaceSlug, claimId, claimVersion, rating, summary, rationale, evidenceIds } = ZCreateVerdictInput.parse(input);
  const parsed = parseRationale(rationale);
  if (!parsed.ok) throw new AppError("BAD_REQUEST", parsed.error, { fieldErrors: { rationale: [parsed.error] } });
  if (parsed.text.length > MAX_RATIONALE_CHARS) {
    throw new AppError("BAD_REQUEST", `Keep the rationale under ${MAX_RATIONALE_CHARS.toLocaleString("en")} characters.`, { fieldErrors: { rationale: ["Too long."] } });
  }
  const ids = [...new Set(evidenceIds.map((id) => id.toLowerCase()))];

  return db.$transaction(
    async (tx) => {
      const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
      const ctx = await loadReviewContext(tx, workspace.id, claimId);
      const { claim } = ctx;
      if (claim.version !== claimVersion) throw await staleClaimConflict(tx, { workspaceId: workspace.id, claimId: claim.id, sentVersion: claimVersion });
      if (contentEditRule(claim.status) === "locked") {
        throw new AppError("CONFLICT", "This verdict is published: it changes only through a correction, which comes with publishing.");
      }
      const chosen = verdictRating(ratingScaleFromStored(workspace.ratingScale).scale, rating);
      if (!chosen) {
        throw new AppError("BAD_REQUEST", `“${rating}” is not a rating on this workspace's scale.`, { fieldErrors: { rating: ["Choose a rating from the scale."] } });
      }
      const own = await tx.evidence.count({ where: { id: { in: ids }, claimId: claim.id } });
      if (own !== ids.length) {
        throw new AppError("BAD_REQUEST", "A verdict can rest only on this claim's own evidence; reload the claim's evidence and choose again.", {
          fieldErrors: { evidenceIds: ["Unknown evidence."] },
        });
      }

      const content = { ratingLabel: chosen.label, ratingValue: chosen.value, summary, rationale: parsed.doc, evidenceIds: ids };
      const { input: signOffInput, hash } = await computeSignOff(tx, claim, content);
      const last = await tx.verdict.findFirst({ where: { claimId: claim.id }, orderBy: { version: "desc" }, select: { version: true } });
      const verdict = await tx.verdict.create({
        data: {
          workspaceId: workspace.id,
          claimId: claim.id,
          version: (last?.version ?? 0) + 1,
          authorId: actor.userId,
          ratingLabel: chosen.label,
          ratingValue: chosen.value,
          ratingColor: chosen.color,
          ratingDescription: chosen.description,
          summary,
          rationale: parsed.doc as Prisma.InputJsonObject,
          rationaleText: parsed.text,
          evidenceIds: ids,
          signOffInput: signOffInput as unknown as Prisma.InputJsonObject,
          signOffHash: hash,
        },
        select: verdictRowSelect,
      });
      ctx.verdict = verdict;
      ctx.current = { input: signOffInput, hash };
      const after = await tx.claim.update({ where: { id: claim.id }, data: { version: { increment: 1 } }, select: { version: true } });
      claim.version = after.version;
      await recordAuditEvent(tx, {
        actor,
        workspaceId: workspace.id,
        action: "verdict.created",
        targetType: "claim",
        targetId: claim.id,
        data: { claimId: claim.id, verdictId: verdict.id, version: verdict.version, rating: chosen.label, signOffHash: hash, evidenceCount: ids.length, claimVersion: after.version },
      });
      // Approvals of the previous content no longer stand (an identical re-save keeps them).
      await voidStaleApprovals(tx, ctx, { actor, cause: `Version ${verdict.version} of the verdict was saved.` });
      await notifyDocumentChanged(tx, { documentId: claim.documentId, ydoc: false, claims: true });
      return buildReviewState(tx, ctx, { userId: actor.userId, role: membership.role, requiredApprovals: workspace.requiredApprovals });
    },
    { timeout: 15_000 },
  );
}
