import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listenDocumentChanges } from "@/lib/server/collab/listen-document-changes";
import { DOCUMENT_CHANGED_CHANNEL, notifyDocumentChanged, type TDocumentChanged } from "@/lib/server/collab/notify-document-changed";
import { waitFor } from "./collab-client";

describe("listenDocumentChanges", () => {
  it("hears committed changes only, skips malformed payloads, and reconnects after its connection is killed", async () => {
    const heard: TDocumentChanged[] = [];
    const connects: boolean[] = [];
    const listener = listenDocumentChanges({ onChange: (c) => heard.push(c), onConnect: ({ reconnect }) => connects.push(reconnect), minBackoffMs: 50 });
    try {
      await waitFor(() => listener.connected);
      expect(connects).toEqual([false]);
      const committed = randomUUID();
      const rolledBack = randomUUID();
      await db.$transaction(async (tx) => notifyDocumentChanged(tx, { documentId: committed, ydoc: true, claims: false }));
      await db
        .$transaction(async (tx) => {
          await notifyDocumentChanged(tx, { documentId: rolledBack, ydoc: true, claims: true });
          throw new Error("roll back");
        })
        .catch(() => {});
      await db.$executeRaw`SELECT pg_notify(${DOCUMENT_CHANGED_CHANNEL}, ${"{broken"})`;
      await db.$executeRaw`SELECT pg_notify(${DOCUMENT_CHANGED_CHANNEL}, ${JSON.stringify({ documentId: randomUUID(), ydoc: "yes", claims: false })})`;
      const last = randomUUID();
      await db.$transaction(async (tx) => notifyDocumentChanged(tx, { documentId: last, ydoc: false, claims: true }));
      await waitFor(() => heard.some((h) => h.documentId === last));
      expect(heard).toEqual([
        { documentId: committed, ydoc: true, claims: false },
        { documentId: last, ydoc: false, claims: true },
      ]);

      const pid = listener.backendPid!;
      await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      await waitFor(() => connects.length === 2, { message: "no reconnect" });
      expect(connects).toEqual([false, true]);
      expect(listener.backendPid).not.toBe(pid);
      const after = randomUUID();
      await db.$transaction(async (tx) => notifyDocumentChanged(tx, { documentId: after, ydoc: true, claims: true }));
      await waitFor(() => heard.some((h) => h.documentId === after), { message: "nothing heard after the reconnect" });
    } finally {
      await listener.stop();
    }
    expect(listener.connected).toBe(false);
  });

  it("keeps retrying while the database is unreachable and stops cleanly", async () => {
    const connects: boolean[] = [];
    let failures = 0;
    // A port nothing listens on: every attempt fails fast.
    const listener = listenDocumentChanges({
      connectionString: "postgresql://nobody@127.0.0.1:1/none",
      onChange: () => {},
      onConnect: (i) => connects.push(i.reconnect),
      onConnectFailed: () => (failures += 1),
      minBackoffMs: 20,
      maxBackoffMs: 40,
    });
    // Retrying, not given up: several failed attempts in a row.
    await waitFor(() => failures >= 3, { message: "the listener stopped retrying" });
    expect(listener.connected).toBe(false);
    expect(connects).toEqual([]);
    await listener.stop();
  });
});
