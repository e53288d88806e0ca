import { appendDocumentUpdates } from "@/lib/server/collab/append-document-updates";

type TPending = { update: Uint8Array; resolve: () => void; reject: (e: unknown) => void };
type TQueue = { workspaceId: string; items: TPending[]; inFlight: number };

/**
 * Group commit for the write-ahead log: updates for a document that arrive while its INSERT is in
 * flight queue up and go together in the next one. Only acks wait for these commits (broadcasts
 * do not), so fewer, larger commits are the better trade: one in flight per document by default.
 * Each caller's promise settles when the commit holding its update does.
 */
export class UpdateLog {
  private readonly queues = new Map<string, TQueue>();
  appended = 0;
  commits = 0;

  constructor(private readonly maxInFlightPerDocument = 1) {}

  append(documentId: string, workspaceId: string, update: Uint8Array): Promise<void> {
    let queue = this.queues.get(documentId);
    if (!queue) {
      queue = { workspaceId, items: [], inFlight: 0 };
      this.queues.set(documentId, queue);
    }
    const done = new Promise<void>((resolve, reject) => queue.items.push({ update, resolve, reject }));
    if (queue.inFlight < this.maxInFlightPerDocument) void this.flush(documentId, queue);
    return done;
  }

  private async flush(documentId: string, queue: TQueue) {
    queue.inFlight += 1;
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
      queue.inFlight -= 1;
      if (queue.inFlight === 0 && queue.items.length === 0 && this.queues.get(documentId) === queue) this.queues.delete(documentId);
    }
  }
}
