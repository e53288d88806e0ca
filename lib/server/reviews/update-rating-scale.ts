import "server-only";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { db, type TTx } from "@/lib/db";
import { DEFAULT_RATING_SCALE, validateRatingScale, type TRatingScale } from "@/lib/domain/reviews/default-rating-scale";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import type { TRatingScaleDto } from "./get-rating-scale";

/** Values are whole numbers (a verdict stores its rating's value as an integer; ClaimReview's ratingValue). */
export const MIN_RATING_VALUE = -100;
export const MAX_RATING_VALUE = 100;

// The shape only, with generous bounds against huge bodies; counts, order, lengths and unique
// labels are validateRatingScale's, which answers in sentences the settings form shows.
const ZText = (max: number) => z.string({ error: "Write it as text." }).max(max, `Use at most ${max} characters.`);
const ZNonScaleRating = z.strictObject({ label: ZText(200), color: ZText(20), description: ZText(2000) });
const ZScaleRating = z.strictObject({
  label: ZText(200),
  value: z
    .number({ error: "Give the rating a numeric value." })
    .int("Use a whole number as the value.")
    .min(MIN_RATING_VALUE, `Use a value from ${MIN_RATING_VALUE} to ${MAX_RATING_VALUE}.`)
    .max(MAX_RATING_VALUE, `Use a value from ${MIN_RATING_VALUE} to ${MAX_RATING_VALUE}.`),
  color: ZText(20),
  description: ZText(2000),
});
/** A TRatingScale as a request sends it. */
export const ZRatingScale = z.strictObject({
  ratings: z.array(ZScaleRating).max(50, "Too many ratings."),
  nonScale: z.array(ZNonScaleRating).max(50, "Too many ratings outside the scale."),
});

export const ZUpdateRatingScaleInput = z
  .object({
    workspaceSlug: z.string(),
    scale: ZRatingScale,
    /** The version the change was based on (from GET …/rating-scale). */
    version: z.number({ error: "version is required: the version of the scale you loaded." }).int().min(1),
  })
  .strict();
export type TUpdateRatingScaleInput = z.input<typeof ZUpdateRatingScaleInput>;

const tidy = <T extends { label: string; color: string; description: string }>(e: T): T => ({
  ...e,
  label: e.label.normalize("NFC").replace(/\s+/gu, " ").trim(),
  color: e.color.trim().toUpperCase(),
  description: e.description.normalize("NFC").trim(),
});

const labels = (s: TRatingScale) => ({ ratings: s.ratings.map((r) => r.label), nonScale: s.nonScale.map((r) => r.label) });

/**
 * Replaces the workspace's rating scale (owners and admins: workspace.settings). `version` must be
 * the one loaded, else 409 naming who changed it since. A scale equal to the default is stored as
 * "the default" (that is how "Reset to default" works). Verdicts keep their own copy of their
 * rating, so nothing already written changes. Saving the current scale again is a no-op.
 */
export async function updateRatingScale({ actor, ...input }: { actor: TActor } & TUpdateRatingScaleInput): Promise<TRatingScaleDto> {
  const { workspaceSlug, scale: sent, version } = ZUpdateRatingScaleInput.parse(input);
  const scale: TRatingScale = { ratings: sent.ratings.map(tidy), nonScale: sent.nonScale.map(tidy) };
  return db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.settings" }, tx);
    const issues = validateRatingScale(scale);
    if (issues.length > 0) {
      throw new AppError("BAD_REQUEST", issues.length === 1 ? issues[0]! : `The rating scale has ${issues.length} problems: ${issues.join(" ")}`, {
        fieldErrors: { scale: issues },
      });
    }
    if (workspace.ratingScaleVersion !== version) throw await staleScale(tx, workspace.id, version, workspace.ratingScaleVersion);

    const before = ratingScaleFromStored(workspace.ratingScale);
    const isDefault = isDeepStrictEqual(scale, DEFAULT_RATING_SCALE);
    if (isDeepStrictEqual(scale, before.scale) && isDefault === before.isDefault) return { scale: before.scale, version, isDefault };

    // Conditional on the version read: a concurrent save that committed first makes this one a 409.
    const { count } = await tx.workspace.updateMany({
      where: { id: workspace.id, ratingScaleVersion: version },
      data: { ratingScale: isDefault ? Prisma.DbNull : (scale as unknown as Prisma.InputJsonObject), ratingScaleVersion: { increment: 1 } },
    });
    if (count === 0) {
      const now = await tx.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { ratingScaleVersion: true } });
      throw await staleScale(tx, workspace.id, version, now.ratingScaleVersion);
    }
    await recordAuditEvent(tx, {
      actor,
      workspaceId: workspace.id,
      action: "workspace.rating_scale_updated",
      targetType: "workspace",
      targetId: workspace.id,
      data: {
        version: { from: version, to: version + 1 },
        labels: { before: labels(before.scale), after: labels(scale) },
        isDefault: { from: before.isDefault, to: isDefault },
        before: before.scale as unknown as Prisma.InputJsonObject,
        after: scale as unknown as Prisma.InputJsonObject,
      },
    });
    return { scale, version: version + 1, isDefault };
  });
}

async function staleScale(tx: TTx, workspaceId: string, sent: number, current: number): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where: { workspaceId, action: "workspace.rating_scale_updated" },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const by = last ? ` (last saved by ${last.actor?.name ?? "a former member"} at ${last.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : "";
  return new AppError(
    "CONFLICT",
    `Someone else changed the rating scale since you loaded it${by}: you edited version ${sent}, it is now version ${current}. Reload to see their scale, then make your changes again.`,
  );
}
