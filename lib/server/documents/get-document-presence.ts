import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { purgeCutoff } from "@/lib/domain/documents/trash";
import type { TTrashedDocumentDto } from "@/lib/domain/documents/trashed-document-dto";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { toTrashedDocumentDto, trashedDocumentSelect } from "./to-trashed-document-dto";

export const ZGetDocumentPresenceInput = z.strictObject({ workspaceSlug: z.string(), documentId: z.string() });
export type TGetDocumentPresenceInput = z.infer<typeof ZGetDocumentPresenceInput>;

export type TDocumentPresence = { state: "live" } | { state: "trashed"; document: TTrashedDocumentDto; canRestore: boolean };

/**
 * Whether a document's link still leads somewhere: live, or in the trash (who moved it there and
 * when). Unknown ids, another workspace's documents and purged ones (or those due for purging)
 * are NOT_FOUND. One small query, so a page can ask before it starts streaming.
 */
export async function getDocumentPresence({ actor, now = new Date(), ...input }: { actor: TActor; now?: Date } & TGetDocumentPresenceInput): Promise<TDocumentPresence> {
  const { workspaceSlug, documentId } = ZGetDocumentPresenceInput.parse(input);
  const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
  const where = { id: documentId, workspaceId: workspace.id };
  // Every open of a document asks this, so the common answer costs one indexed row and no joins.
  const row = await db.document.findFirst({ where, select: { deletedAt: true } });
  if (!row || (row.deletedAt && row.deletedAt < purgeCutoff(now))) throw new AppError("NOT_FOUND", "Document not found.");
  if (!row.deletedAt) return { state: "live" };
  const trashed = await db.document.findFirst({ where: { ...where, deletedAt: { not: null } }, select: trashedDocumentSelect });
  if (!trashed) throw new AppError("NOT_FOUND", "Document not found.");
  return { state: "trashed", document: toTrashedDocumentDto(trashed), canRestore: can(membership.role, "content.delete") };
}
