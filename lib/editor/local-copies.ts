/**
 * The browser's local copies of documents (y-indexeddb, one IndexedDB database per user and
 * document) and what happens to them on sign-out. A copy exists so edits made while the server is
 * out of reach survive a closed tab; once the server has acknowledged an edit it is in
 * PostgreSQL's write-ahead log, and the copy only duplicates it. So sign-out deletes the signed-out
 * person's copies, after a warning when one still holds edits the server never acknowledged
 * (docs/ARCHITECTURE.md, "Local copies and sign-out"). Browser code, no React.
 */

const PREFIX = "factdesk:";

/** The IndexedDB database holding `userId`'s copy of a document. */
export function localCopyName(userId: string, documentName: string): string {
  return `${PREFIX}${userId}:${documentName}`;
}

/** Bookkeeping that outlives the tab: which copies may hold unacknowledged edits, which exist. */
const unsyncedKey = (userId: string) => `${PREFIX}unsynced:${userId}`;
const knownKey = (userId: string) => `${PREFIX}copies:${userId}`;

type TStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;
type TIndexedDb = Pick<IDBFactory, "deleteDatabase"> & { databases?: () => Promise<{ name?: string }[]> };

export type TLocalCopiesEnv = { storage: TStorage; indexedDB: TIndexedDb };

const browserEnv = (): TLocalCopiesEnv => ({ storage: window.localStorage, indexedDB: window.indexedDB });

function readSet(storage: TStorage, key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

function writeSet(storage: TStorage, key: string, set: Set<string>) {
  try {
    if (set.size === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify([...set]));
  } catch {
    // Storage full or disabled: the warning then errs on the side of silence, the copy is still there.
  }
}

/** Records that a copy exists, so sign-out finds it where the browser cannot list databases. */
export function rememberLocalCopy(userId: string, documentName: string, env: TLocalCopiesEnv = browserEnv()) {
  const known = readSet(env.storage, knownKey(userId));
  if (known.has(documentName)) return;
  known.add(documentName);
  writeSet(env.storage, knownKey(userId), known);
}

/**
 * Records whether a copy holds edits the server has not acknowledged. Set as soon as there is
 * one, so a tab closed (or crashed) before the acknowledgement leaves the mark behind; cleared
 * when the server has acknowledged everything.
 */
export function markUnsynced(userId: string, documentName: string, unsynced: boolean, env: TLocalCopiesEnv = browserEnv()) {
  const set = readSet(env.storage, unsyncedKey(userId));
  if (set.has(documentName) === unsynced) return;
  if (unsynced) set.add(documentName);
  else set.delete(documentName);
  writeSet(env.storage, unsyncedKey(userId), set);
}

/**
 * The documents (collab names) whose copy may hold edits the server never acknowledged. A copy
 * open in this tab answers from its live state: the stored mark is cleared only a second after
 * the last acknowledgement, and signing out within that second must not warn about nothing.
 */
export function unsyncedLocalCopies(userId: string, env: TLocalCopiesEnv = browserEnv()): string[] {
  return [...readSet(env.storage, unsyncedKey(userId))].filter((doc) => openCopies.get(localCopyName(userId, doc))?.pending() ?? true);
}

type TOpenCopy = { close: () => void; pending: () => boolean };

/** Copies open in this tab; sign-out closes them first, since an open database cannot be deleted. */
const openCopies = new Map<string, TOpenCopy>();

export function trackOpenLocalCopy(name: string, close: () => void, pending: () => boolean = () => true): () => void {
  const entry = { close, pending };
  openCopies.set(name, entry);
  return () => {
    if (openCopies.get(name) === entry) openCopies.delete(name);
  };
}

/**
 * Deletes every local copy of `userId` and the bookkeeping about them; other people's copies in
 * this browser stay. Does not wait for other tabs: a copy open in one is deleted when it closes.
 */
export async function clearLocalCopies(userId: string, env: TLocalCopiesEnv = browserEnv()): Promise<void> {
  const prefix = localCopyName(userId, "");
  for (const [name, { close }] of openCopies) {
    if (name.startsWith(prefix)) {
      close();
      openCopies.delete(name);
    }
  }
  const names = new Set([...readSet(env.storage, knownKey(userId)), ...readSet(env.storage, unsyncedKey(userId))].map((doc) => localCopyName(userId, doc)));
  try {
    for (const db of (await env.indexedDB.databases?.()) ?? []) if (db.name?.startsWith(prefix)) names.add(db.name);
  } catch {
    // Listing is a convenience; the remembered names are enough.
  }
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          const req = env.indexedDB.deleteDatabase(name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
  env.storage.removeItem(knownKey(userId));
  env.storage.removeItem(unsyncedKey(userId));
}
