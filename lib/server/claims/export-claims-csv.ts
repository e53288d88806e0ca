import "server-only";
import { db } from "@/lib/db";
import { claimsToCsv } from "@/lib/domain/claims/claims-csv";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { claimSelect, toClaimDtos } from "./to-claim-dto";
import { claimsOrderBy, claimsWhere, ZListClaimsInput, type TListClaimsInput } from "./list-claims";
import { CLAIM_SORT_DEFAULT_ORDER } from "@/lib/domain/claims/claim-sorts";
import { appBaseUrl } from "@/lib/server/http/app-base-url";

const BATCH = 500;

/**
 * Every claim matching the list filters (all pages, in the list's sort order) as CSV. `origin` is
 * the app's base URL for the link column (each claim's place in its document). Members only.
 */
export async function exportClaimsCsv({ actor, origin, ...input }: { actor: TActor; origin: string } & Omit<TListClaimsInput, "page" | "pageSize">) {
  const v = ZListClaimsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug: v.workspaceSlug, capability: "workspace.read" });
  const where = claimsWhere(workspace.id, actor, v);
  const orderBy = claimsOrderBy(v.sort, v.order ?? CLAIM_SORT_DEFAULT_ORDER[v.sort]);
  // One snapshot for all batches, so a claim created meanwhile cannot shift rows between them.
  const rows = await db.$transaction(
    async (tx) => {
      const all = [];
      for (let skip = 0; ; skip += BATCH) {
        const batch = await tx.claim.findMany({ where, orderBy, skip, take: BATCH, select: claimSelect });
        all.push(...batch);
        if (batch.length < BATCH) return all;
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  const base = appBaseUrl(origin);
  const csv = claimsToCsv(await toClaimDtos(db, rows), (c) => `${base}/w/${encodeURIComponent(workspace.slug)}/documents/${c.documentId}?claim=${c.id}`);
  return { csv, filename: `${workspace.slug}-claims-${new Date().toISOString().slice(0, 10)}.csv`, count: rows.length };
}
