import { describe, expect, it } from "vitest";
import { clearLocalCopies, localCopyName, markUnsynced, rememberLocalCopy, trackOpenLocalCopy, unsyncedLocalCopies, type TLocalCopiesEnv } from "@/lib/editor/local-copies";

/** localStorage and IndexedDB as far as local-copies uses them; deleteDatabase succeeds unless the database is open. */
function fakeBrowser(databases: string[], opts: { canList?: boolean } = {}) {
  const items = new Map<string, string>();
  const dbs = new Set(databases);
  const open = new Set<string>();
  const env: TLocalCopiesEnv = {
    storage: {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    },
    indexedDB: {
      databases: opts.canList === false ? undefined : async () => [...dbs].map((name) => ({ name })),
      deleteDatabase: (name: string) => {
        const req = {} as IDBOpenDBRequest;
        queueMicrotask(() => {
          if (open.has(name)) return req.onblocked?.({} as IDBVersionChangeEvent);
          dbs.delete(name);
          req.onsuccess?.({} as Event);
        });
        return req;
      },
    },
  };
  return { env, dbs, items, open };
}

describe("local copies of documents", () => {
  it("names a copy by user and document, as the copies made so far are named", () => {
    expect(localCopyName("u1", "ws/doc")).toBe("factdesk:u1:ws/doc");
  });

  it("remembers which copies may hold unacknowledged edits, per user", () => {
    const { env } = fakeBrowser([]);
    markUnsynced("u1", "a", true, env);
    markUnsynced("u1", "b", true, env);
    markUnsynced("u2", "c", true, env);
    markUnsynced("u1", "a", false, env);
    expect(unsyncedLocalCopies("u1", env)).toEqual(["b"]);
    expect(unsyncedLocalCopies("u2", env)).toEqual(["c"]);
  });

  it("a copy open in this tab answers from its live state, not the mark that is cleared a second late", () => {
    const { env } = fakeBrowser([]);
    markUnsynced("u1", "open-acked", true, env);
    markUnsynced("u1", "open-pending", true, env);
    markUnsynced("u1", "closed", true, env);
    const untrackAcked = trackOpenLocalCopy(localCopyName("u1", "open-acked"), () => {}, () => false);
    const untrackPending = trackOpenLocalCopy(localCopyName("u1", "open-pending"), () => {}, () => true);
    expect(unsyncedLocalCopies("u1", env).sort()).toEqual(["closed", "open-pending"]);
    untrackAcked();
    untrackPending();
    expect(unsyncedLocalCopies("u1", env).sort()).toEqual(["closed", "open-acked", "open-pending"]);
  });

  it("sign-out deletes that person's copies and bookkeeping, and nobody else's", async () => {
    const { env, dbs, items } = fakeBrowser([localCopyName("u1", "a"), localCopyName("u1", "b"), localCopyName("u2", "a"), "other-app"]);
    markUnsynced("u1", "b", true, env);
    markUnsynced("u2", "a", true, env);
    await clearLocalCopies("u1", env);
    expect([...dbs].sort()).toEqual([localCopyName("u2", "a"), "other-app"]);
    expect(unsyncedLocalCopies("u1", env)).toEqual([]);
    expect(unsyncedLocalCopies("u2", env)).toEqual(["a"]);
    expect([...items.keys()].some((k) => k.includes("u1"))).toBe(false);
  });

  it("finds the copies it remembered where the browser cannot list databases", async () => {
    const { env, dbs } = fakeBrowser([localCopyName("u1", "a"), localCopyName("u1", "b")], { canList: false });
    rememberLocalCopy("u1", "a", env);
    markUnsynced("u1", "b", true, env);
    await clearLocalCopies("u1", env);
    expect([...dbs]).toEqual([]);
  });

  it("closes a copy open in this tab before deleting it", async () => {
    const { env, dbs, open } = fakeBrowser([localCopyName("u1", "a")]);
    open.add(localCopyName("u1", "a"));
    let closed = false;
    trackOpenLocalCopy(localCopyName("u1", "a"), () => {
      closed = true;
      open.delete(localCopyName("u1", "a"));
    });
    await clearLocalCopies("u1", env);
    expect(closed).toBe(true);
    expect([...dbs]).toEqual([]);
  });
});
