import "server-only";
import { z } from "zod";
import type { TRatingScale } from "@/lib/domain/reviews/default-rating-scale";
import { ratingScaleFromStored } from "@/lib/domain/reviews/stored-rating-scale";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZGetRatingScaleInput = z.object({ workspaceSlug: z.string() }).strict();
export type TGetRatingScaleInput = z.infer<typeof ZGetRatingScaleInput>;

export type TRatingScaleDto = {
  scale: TRatingScale;
  /** Workspace.ratingScaleVersion: send it back with a change (optimistic concurrency). */
  version: number;
  /** True while the workspace uses the default scale (none saved, or reset to it). */
  isDefault: boolean;
};

/** The workspace's rating scale, for any member (verdict forms choose from it). */
export async function getRatingScale({ actor, ...input }: { actor: TActor } & TGetRatingScaleInput): Promise<TRatingScaleDto> {
  const { workspaceSlug } = ZGetRatingScaleInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const { scale, isDefault } = ratingScaleFromStored(workspace.ratingScale);
  return { scale, version: workspace.ratingScaleVersion, isDefault };
}
