import "server-only";
import type { TTx } from "@/lib/db";

/**
 * Records that a URL source is to be captured: a PENDING snapshot in the caller's transaction, so
 * it exists exactly when the source (or re-fetch) does. The job is sent only after the commit —
 * call `sendCaptureJobs([id])` then — since a job sent inside the transaction could run before the
 * row is visible, or for a row that a rollback removes. A crash between commit and send loses
 * nothing: the sweeper (resend-lost-snapshots.ts) re-sends PENDING snapshots older than a minute.
 */
export async function requestSnapshot(
  tx: TTx,
  input: { workspaceId: string; sourceId: string; url: string; requestedById: string | null },
): Promise<{ id: string }> {
  return tx.sourceSnapshot.create({
    data: {
      workspaceId: input.workspaceId,
      sourceId: input.sourceId,
      requestedUrl: input.url,
      requestedById: input.requestedById,
      status: "PENDING",
    },
    select: { id: true },
  });
}
