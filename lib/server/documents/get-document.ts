import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { can } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { requireMembership } from "@/lib/server/workspaces/require-membership";
import { documentSummarySelect, toDocumentSummary } from "./to-document-dto";

export const ZGetDocumentInput = z.object({ workspaceSlug: z.string(), documentId: z.string() });
export type TGetDocumentInput = z.infer<typeof ZGetDocumentInput>;

/**
 * One live document of a workspace the actor belongs to, with its Tiptap JSON, plain text and
 * the metadata of its original import. Another workspace's id reads as not found.
 */
export async function getDocument({ actor, ...input }: { actor: TActor } & TGetDocumentInput) {
  const { workspaceSlug, documentId } = ZGetDocumentInput.parse(input);
  const { workspace, membership } = await requireMembership({ actor, workspaceSlug, capability: "workspace.read" });
  if (!isUuid(documentId)) throw new AppError("NOT_FOUND", "Document not found.");
  const row = await db.document.findFirst({
    where: { id: documentId, workspaceId: workspace.id, deletedAt: null },
    select: { ...documentSummarySelect, content: true, text: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Document not found.");
  return {
    ...toDocumentSummary(row),
    content: row.content,
    text: row.text,
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
    canEdit: can(membership.role, "content.edit"),
    canDelete: can(membership.role, "content.delete"),
  };
}
