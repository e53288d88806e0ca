import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { requireMembership } from "@/lib/server/workspaces/require-membership";

export const ZDeleteSourceInput = z.object({ workspaceSlug: z.string(), sourceId: z.string() });
export type TDeleteSourceInput = z.infer<typeof ZDeleteSourceInput>;

/**
 * Removes a source from the library with its captures and file. Refused (409) while any evidence
 * cites it, including evidence on claims of documents in the trash (they come back on restore):
 * a verdict must never lose a source it rests on. Editors, reviewers and admins.
 */
export async function deleteSource({ actor, ...input }: { actor: TActor } & TDeleteSourceInput): Promise<void> {
  const { workspaceSlug, sourceId } = ZDeleteSourceInput.parse(input);
  await db.$transaction(async (tx) => {
    const { workspace } = await requireMembership({ actor, workspaceSlug, capability: "content.edit" }, tx);
    if (!isUuid(sourceId)) throw new AppError("NOT_FOUND", "Source not found.");
    // Row lock: evidence added to this source meanwhile waits (its foreign key check locks the row too).
    const rows = await tx.$queryRaw<{ id: string; title: string; url: string | null }[]>`
      SELECT id, title, url FROM "Source" WHERE id = ${sourceId}::uuid AND "workspaceId" = ${workspace.id}::uuid FOR UPDATE`;
    const source = rows[0];
    if (!source) throw new AppError("NOT_FOUND", "Source not found.");
    const [live, trashed] = await Promise.all([
      tx.evidence.count({ where: { sourceId, claim: { document: { deletedAt: null } } } }),
      tx.evidence.count({ where: { sourceId, claim: { document: { deletedAt: { not: null } } } } }),
    ]);
    if (live > 0) {
      throw new AppError("CONFLICT", `This source is cited by ${live} piece${live === 1 ? "" : "s"} of evidence; remove ${live === 1 ? "it" : "them"} from the claims first.`);
    }
    if (trashed > 0) {
      throw new AppError("CONFLICT", "This source is cited by claims of documents in the trash; it can be deleted once they are purged or their evidence is removed after a restore.");
    }
    await tx.source.delete({ where: { id: source.id } });
    await recordAuditEvent(tx, { actor, workspaceId: workspace.id, action: "source.deleted", targetType: "source", targetId: source.id, data: { title: source.title, url: source.url } });
  });
}
