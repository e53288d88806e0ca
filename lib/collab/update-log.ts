import { appendDocumentUpdates } from "@/lib/server/collab/append-document-updates";

type TPending = { update: Uint8Array; resolve: () => void; reject: (e: unknown) => void };
type TQueue = { workspaceId: string; items: TPending[]; flushing: boolean };

/**
 * Group commit for the write-ahead log: while one INSERT for a document is in flight, updates
 * arriving for it queue up and go together in the next one. Each caller's promise settles when
 * the commit holding its update does, so a burst from many clients costs one round trip, not many.
 */
export class UpdateLog {
  private readonly queues = new Map<string, TQueue>();
  appended = 0;
  commits = 0;

  append(documentId: string, workspaceId: string, update: Uint8Array): Promise<void> {
    let queue = this.queues.get(documentId);
    if (!queue) {
      queue = { workspaceId, items: [], flushing: false };
      this.queues.set(documentId, queue);
    }
    const done = new Promise<void>((resolve, reject) => queue.items.push({ update, resolve, reject }));
    if (!queue.flushing) void this.flush(documentId, queue);
    return done;
  }

  private async flush(documentId: string, queue: TQueue) {
    queue.flushing = true;
    try {
      while (queue.items.length) {
        const batch = queue.items.splice(0);
        try {
          await appendDocumentUpdates({ documentId, workspaceId: queue.workspaceId, updates: batch.map((b) => b.update) });
          this.appended += batch.length;
          this.commits += 1;
          for (const b of batch) b.resolve();
        } catch (e) {
          for (const b of batch) b.reject(e);
        }
      }
    } finally {
      queue.flushing = false;
      if (this.queues.get(documentId) === queue && queue.items.length === 0) this.queues.delete(documentId);
    }
  }
}
