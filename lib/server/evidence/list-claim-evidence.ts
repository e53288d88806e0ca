import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { requireLiveClaim } from "./evidence-fields";
import { evidenceOrderBy, evidenceSelect, toEvidenceDto } from "./to-evidence-dto";

export const ZListClaimEvidenceInput = z.object({ workspaceSlug: z.string(), claimId: z.string() });
export type TListClaimEvidenceInput = z.infer<typeof ZListClaimEvidenceInput>;

/** A claim's evidence in the team's order. Every member may read; a claim of a document in the trash is 404. */
export async function listClaimEvidence({ actor, ...input }: { actor: TActor } & TListClaimEvidenceInput): Promise<TEvidenceDto[]> {
  const { workspaceSlug, claimId } = ZListClaimEvidenceInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const claim = await requireLiveClaim(db, workspace.id, claimId);
  const rows = await db.evidence.findMany({ where: { claimId: claim.id }, orderBy: evidenceOrderBy, select: evidenceSelect });
  return rows.map(toEvidenceDto);
}
