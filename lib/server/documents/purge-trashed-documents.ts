import "server-only";
import { db } from "@/lib/db";
import { purgeCutoff } from "@/lib/domain/documents/trash";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/**
 * Deletes for good every document that has been in the trash past the retention period: the row
 * goes, and with it (by cascade) its claims, original import and collab write-ahead rows. The
 * audit log keeps a `document.purged` event (no actor: the system did it) per document.
 *
 * Runs from the background job, never from a request; safe to run on several workers at once
 * (SKIP LOCKED: each batch locks its rows, others take the next ones). `now` is the clock (tests
 * move it past 30 days).
 */
export async function purgeTrashedDocuments({ now = new Date(), batchSize = 100 }: { now?: Date; batchSize?: number } = {}) {
  const cutoff = purgeCutoff(now);
  let purged = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      // The condition is checked again by the DELETE itself, so a document restored meanwhile stays.
      const rows = await tx.$queryRaw<{ id: string; workspaceId: string; title: string; deletedAt: Date }[]>`
        DELETE FROM "Document"
        WHERE id IN (
          SELECT id FROM "Document" WHERE "deletedAt" < ${cutoff}
          ORDER BY "deletedAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
        ) AND "deletedAt" < ${cutoff}
        RETURNING id, "workspaceId", title, "deletedAt"`;
      for (const row of rows) {
        await recordAuditEvent(tx, {
          actor: null,
          workspaceId: row.workspaceId,
          action: "document.purged",
          targetType: "document",
          targetId: row.id,
          data: { title: row.title, trashedAt: row.deletedAt.toISOString() },
        });
      }
      return rows.length;
    });
    purged += batch;
    if (batch < batchSize) return { purged };
  }
}
