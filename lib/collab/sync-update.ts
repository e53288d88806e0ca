import * as decoding from "lib0/decoding";

// y-protocols message types, as Hocuspocus frames them: varString address, varUint type, …
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type TSyncUpdate = { kind: "step2" | "update"; update: Uint8Array };

/**
 * The Y.js update inside a raw incoming Hocuspocus frame, if the frame carries one (a sync step 2
 * after (re)connect, or a live update). These are exactly the frames the server acknowledges with
 * a SyncStatus message, so they are what must be durable before the ack.
 */
export function readSyncUpdate(frame: Uint8Array): TSyncUpdate | null {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    return { kind: syncType === SYNC_STEP_2 ? "step2" : "update", update: decoding.readVarUint8Array(decoder) };
  } catch {
    return null; // malformed: Hocuspocus itself rejects it and closes the connection
  }
}
