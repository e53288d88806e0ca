import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZListClaimedDocumentsInput = z.object({ workspaceSlug: z.string() });
export type TListClaimedDocumentsInput = z.infer<typeof ZListClaimedDocumentsInput>;

/**
 * The workspace's live documents that have at least one claim, by title, with their claim counts:
 * the claims page's document filter offers these (a document without claims would filter to nothing).
 */
export async function listClaimedDocuments({ actor, ...input }: { actor: TActor } & TListClaimedDocumentsInput) {
  const { workspaceSlug } = ZListClaimedDocumentsInput.parse(input);
  const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const rows = await db.document.findMany({
    where: { workspaceId: workspace.id, deletedAt: null, claims: { some: {} } },
    select: { id: true, title: true, _count: { select: { claims: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return rows.map((d) => ({ id: d.id, title: d.title, claimCount: d._count.claims }));
}
