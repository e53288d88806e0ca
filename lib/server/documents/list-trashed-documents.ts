import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { purgeCutoff } from "@/lib/domain/documents/trash";
import { can } from "@/lib/domain/roles";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { toTrashedDocumentDto, trashedDocumentSelect } from "./to-trashed-document-dto";

export const ZListTrashedDocumentsInput = z.strictObject({ workspaceSlug: z.string() });
export type TListTrashedDocumentsInput = z.infer<typeof ZListTrashedDocumentsInput>;

/** The cap on one listing; the trash holds at most 30 days of deletions, so it is a guard, not a pager. */
const MAX_TRASHED = 500;

/**
 * A workspace's trash, most recently trashed first: what any member may see; `canRestore` says
 * whether this actor may restore. Documents past retention that the purge has not reached yet are
 * left out, as they can no longer come back.
 */
export async function listTrashedDocuments({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TListTrashedDocumentsInput) {
  const { workspaceSlug } = ZListTrashedDocumentsInput.parse(input);
  const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  const rows = await db.document.findMany({
    where: { workspaceId: workspace.id, deletedAt: { not: null, gte: purgeCutoff(now) } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: MAX_TRASHED,
    select: trashedDocumentSelect,
  });
  return { documents: rows.map(toTrashedDocumentDto), canRestore: can(membership.role, "content.delete") };
}
