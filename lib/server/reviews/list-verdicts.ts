import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import type { TVerdictDto } from "@/lib/domain/reviews/review-dto";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { verdictRowSelect } from "./load-review-context";
import { toVerdictDto } from "./to-review-dtos";

export const ZListVerdictsInput = z.object({ workspaceSlug: z.string(), claimId: z.string() }).strict();
export type TListVerdictsInput = z.infer<typeof ZListVerdictsInput>;

/** Every version of a claim's verdict, newest first (any member). */
export async function listVerdicts({ actor, ...input }: { actor: TActor } & TListVerdictsInput): Promise<{ verdicts: TVerdictDto[] }> {
  const { workspaceSlug, claimId } = ZListVerdictsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  const rows = await db.verdict.findMany({ where: { claimId: claim.id }, orderBy: { version: "desc" }, select: verdictRowSelect });
  return { verdicts: rows.map(toVerdictDto) };
}
