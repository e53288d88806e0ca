import type { Connection } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";

const MESSAGE_SYNC_STATUS = 8;

function isSyncStatus(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === MESSAGE_SYNC_STATUS;
  } catch {
    return false;
  }
}

type TAckQueue = Array<Promise<void> | null>;
const queues = new WeakMap<Connection, TAckQueue>();

/**
 * Holds back each SyncStatus ("your update is saved") until that update's write-ahead commit is
 * done, while Hocuspocus applies and broadcasts the update at once. So other clients see an edit
 * without waiting for the disk, and an ack still means "durable": if the process dies before the
 * commit, the sender never got its ack and resends the edit on reconnect.
 *
 * Hocuspocus handles a connection's messages one at a time and answers each sync update / step 2
 * with exactly one SyncStatus, so the n-th entry pushed here belongs to the n-th ack sent.
 */
export function ackQueue(connection: Connection, onCommitFailed: (e: unknown) => void): TAckQueue {
  let queue = queues.get(connection);
  if (queue) return queue;
  const pending: TAckQueue = [];
  queue = pending;
  queues.set(connection, pending);
  const send = connection.send.bind(connection);
  connection.send = (message: Uint8Array) => {
    if (!isSyncStatus(message)) return send(message);
    const commit = pending.shift();
    if (!commit) return send(message);
    commit.then(
      () => send(message),
      (e) => onCommitFailed(e),
    );
  };
  return pending;
}
