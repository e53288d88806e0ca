import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as decoding from "lib0/decoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { YDOC_FIELD } from "@/lib/editor/extensions";

/**
 * A real Hocuspocus client in Node (ws as the WebSocket), with the few observations tests need:
 * authenticated / refused, server-closed, and "everything I sent is acknowledged".
 */
export type TCollabClient = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  authenticated: Promise<{ readOnly: boolean }>;
  refused: Promise<string>;
  /** resolves with the reason when the server closes this document connection */
  closed: Promise<string>;
  /** resolves once the initial sync is done and every local change so far is acknowledged */
  acked: () => Promise<void>;
  /** how many of this client's updates the server answered "not applied" (SyncStatus false: read-only) */
  refusedUpdates: () => number;
  text: () => string;
  /** inserts text into the first paragraph (creating one when the document is empty) */
  type: (text: string, at?: number) => void;
  destroy: () => void;
};

export function connectClient(opts: { url: string; documentName: string; token: string | (() => Promise<string>); doc?: Y.Doc }): TCollabClient {
  const doc = opts.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: opts.url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 1000 });
  const provider = new HocuspocusProvider({ name: opts.documentName, document: doc, token: opts.token, websocketProvider: socket });
  const authenticated = new Promise<{ readOnly: boolean }>((resolve) =>
    provider.on("authenticated", ({ scope }: { scope: string }) => resolve({ readOnly: scope === "readonly" })),
  );
  const refused = new Promise<string>((resolve) => provider.on("authenticationFailed", ({ reason }: { reason: string }) => resolve(reason)));
  const closed = new Promise<string>((resolve) => provider.on("close", ({ event }: { event: { reason: string } }) => resolve(event.reason)));
  let refusedCount = 0;
  // SyncStatus (message type 8) false: the server did not apply an update we sent.
  provider.on("message", ({ message }: { message: { decoder: decoding.Decoder } }) => {
    try {
      const d = message.decoder;
      decoding.readVarString(d);
      if (decoding.readVarUint(d) === 8 && decoding.readVarInt(d) === 0) refusedCount += 1;
    } catch {
      // not ours to judge
    }
  });
  provider.attach();

  const acked = async () => {
    const deadline = Date.now() + 10_000;
    while (!(provider.isSynced && provider.unsyncedChanges === 0)) {
      if (Date.now() > deadline) throw new Error(`not acked: synced=${provider.isSynced} unsynced=${provider.unsyncedChanges}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  const fragment = doc.getXmlFragment(YDOC_FIELD);
  const firstText = (): Y.XmlText => {
    let paragraph = fragment.get(0) as Y.XmlElement | undefined;
    if (!paragraph) {
      paragraph = new Y.XmlElement("paragraph");
      fragment.insert(0, [paragraph]);
    }
    let text = paragraph.get(0) as Y.XmlText | undefined;
    if (!text) {
      text = new Y.XmlText();
      paragraph.insert(0, [text]);
    }
    return text;
  };

  return {
    provider,
    doc,
    authenticated,
    refused,
    closed,
    acked,
    refusedUpdates: () => refusedCount,
    text: () => fragmentText(fragment),
    type: (s, at) => {
      doc.transact(() => {
        const t = firstText();
        t.insert(Math.min(at ?? t.length, t.length), s);
      });
    },
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

export function fragmentText(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((c) => (c instanceof Y.XmlText ? c.toString() : "")).join("") : ""))
    .join("\n\n");
}

export async function waitFor<T>(fn: () => T | Promise<T>, opts: { timeout?: number; message?: string } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${opts.message ?? "condition not met in time"}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms))]);
