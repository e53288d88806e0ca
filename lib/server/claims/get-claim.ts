import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import type { TClaimDto } from "@/lib/domain/claims/claim-dto";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import { loadDurableText } from "./load-durable-text";

export const ZGetClaimInput = z.object({ workspaceSlug: z.string(), claimId: z.string() });
export type TGetClaimInput = z.infer<typeof ZGetClaimInput>;

export type TSuggestedAnchor = { start: number; end: number; exact: string; score: number };
export type TClaimDetail = TClaimDto & { suggestedAnchor?: TSuggestedAnchor | null };

/**
 * One claim of a workspace the actor belongs to (claims of deleted documents are gone with them).
 * For a detached claim, `suggestedAnchor` is where its stored quote (with prefix and suffix) fits
 * best in the document as it durably stands now, or null: the re-anchoring UI proposes it.
 */
export async function getClaim({ actor, ...input }: { actor: TActor } & TGetClaimInput): Promise<TClaimDetail> {
  const { workspaceSlug, claimId } = ZGetClaimInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(claimId)) throw new AppError("NOT_FOUND", "Claim not found.");
  const row = await db.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id, document: { deletedAt: null } }, select: claimSelect });
  if (!row) throw new AppError("NOT_FOUND", "Claim not found.");
  const dto = (await toClaimDtos(db, [row]))[0]!;
  if (!row.detachedAt) return dto;
  const text = await loadDurableText(row.documentId);
  const found = findQuote(text, { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix }, { start: row.positionStart });
  return { ...dto, suggestedAnchor: found ? { start: found.start, end: found.end, exact: found.exact, score: found.score } : null };
}
