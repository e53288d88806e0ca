import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TChangesClock } from "@/lib/collab/document-changes";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { DOCUMENT_CHANGED_CHANNEL } from "@/lib/server/collab/notify-document-changed";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { markClaimLikeTheClaimsApi, markedTexts, plainText } from "./claim-writes";
import { collabWorld, startCollab, storedDocument } from "./fixtures";

let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  // A slow first reconnect, so a test can act while the LISTEN connection is down.
  server = await startCollab({ documentChangesReconnectMs: 1_500 });
  await waitFor(() => server.collab.stats().listening, { message: "LISTEN connection not up" });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

/** Disconnects a test's client before its own server stops (a client left reconnecting to a closed port errors at teardown). */
function drop(c: TCollabClient) {
  clients.splice(clients.indexOf(c), 1);
  c.destroy();
}

async function connect(w: Awaited<ReturnType<typeof collabWorld>>, url = server.url) {
  const c = connectClient({ url, documentName: w.documentName, token: await w.token(w.editor) });
  clients.push(c);
  const stateless: string[] = [];
  c.provider.on("stateless", ({ payload }: { payload: string }) => stateless.push(payload));
  await c.acked();
  return { ...c, stateless };
}

const marks = (c: TCollabClient) => markedTexts(c.doc);

/**
 * A clock the test moves by hand: the live pickup's waits end when the test says so, so "held for
 * the interval" and "sent at once" are facts about events, not about how fast this machine is.
 */
function manualClock() {
  let now = 0;
  const sleepers: Array<{ until: number; wake: () => void }> = [];
  const clock: TChangesClock & { advance: (ms: number) => void; sleeping: () => number } = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (ms <= 0 || signal.aborted) return resolve();
        const sleeper = { until: now + ms, wake: () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          resolve();
        } };
        sleepers.push(sleeper);
        signal.addEventListener("abort", () => sleepers.includes(sleeper) && sleeper.wake(), { once: true });
      }),
    advance: (ms) => {
      now += ms;
      for (const s of sleepers.filter((x) => x.until <= now)) s.wake();
    },
    sleeping: () => sleepers.length,
  };
  return clock;
}
const CLAIMS_CHANGED = JSON.stringify({ type: "claims-changed" });

describe("live pickup of server-side document changes", () => {
  it("a claim marked by the server shows up in a connected client's document, with a claims-changed message", async () => {
    const w = await collabWorld("The moon is made of cheese.\n\nSecond paragraph stays plain.");
    const c = await connect(w);
    // Timed from the client's own update event, not a polling loop.
    let seen = 0;
    c.doc.on("update", () => {
      if (!seen && marks(c).size > 0) seen = performance.now();
    });
    const t0 = performance.now();
    const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, start: 4, end: 26, exact: "moon is made of cheese" });
    const committed = performance.now();
    await waitFor(() => marks(c).get(id)?.[0] === "moon is made of cheese", { message: "mark not received" });
    await waitFor(() => c.stateless.includes(CLAIMS_CHANGED), { message: "claims-changed not received" });
    expect([...marks(c).keys()]).toEqual([id]);
    expect(plainText(c.doc)).toBe("The moon is made of cheese.\n\nSecond paragraph stays plain.");
    console.info(
      `[claims-live] commit → client sees the mark: ${(seen - committed).toFixed(1)} ms; write transaction ${(committed - t0).toFixed(1)} ms`,
    );
  });

  it("keeps a client's concurrent typing in the same paragraph: nothing lost, both converge, the mark covers the claimed words", async () => {
    const w = await collabWorld("Alpha beta gamma delta.");
    const a = await connect(w);
    const b = await connect(w);
    // a types at the start of the paragraph while the server marks "gamma" wherever it is by then.
    const typing = (async () => {
      for (const [i, ch] of [..."Typed while the server marks: "].entries()) {
        a.type(ch, i);
        await new Promise((r) => setTimeout(r, 3));
      }
    })();
    const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, find: "gamma" });
    await typing;
    a.type("!", plainText(a.doc).length); // and one more edit after the mark went in (one paragraph: offset = index)
    await a.acked();
    for (const c of [a, b]) {
      await waitFor(() => plainText(c.doc) === "Typed while the server marks: Alpha beta gamma delta.!" && marks(c).get(id)?.[0] === "gamma", {
        message: "client did not converge",
      });
    }
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    // And the stored document agrees once the collab server stores.
    await waitFor(async () => (await storedDocument(w.document.id)).text === "Typed while the server marks: Alpha beta gamma delta.!");
  });

  it("coalesces a burst: claims marked at once all arrive; notifications queued together make one pass", async () => {
    // Its own server, so the pass counters below count this document only.
    const own = await startCollab();
    try {
      await waitFor(() => own.collab.stats().listening);
      const w = await collabWorld("one two three four five");
      const c = await connect(w, own.url);
      const words = ["one", "two", "three", "four", "five"];
      const ids = await Promise.all(words.map((find) => markClaimLikeTheClaimsApi({ documentId: w.document.id, find })));
      await waitFor(() => ids.every((id) => marks(c).has(id)), { message: "not every mark arrived" });
      expect(ids.map((id) => marks(c).get(id)![0])).toEqual(words);
      await waitFor(() => c.stateless.includes(CLAIMS_CHANGED));

      // Settled: all five notifications taken in and applied, every message sent has arrived.
      const changes = own.collab.documentChanges!;
      await waitFor(() => changes.received >= words.length && changes.idle && c.stateless.length === own.collab.stats().claimBroadcasts, {
        message: "the burst did not settle",
      });
      const messages = c.stateless.length;
      const before = own.collab.stats();
      for (let i = 0; i < 5; i++) changes.enqueue({ documentId: w.document.id, ydoc: true, claims: true });
      // Idle again means no pass is left to run: the counts below are final, not a snapshot.
      await waitFor(() => changes.idle && c.stateless.length === own.collab.stats().claimBroadcasts && c.stateless.length > messages);
      const after = own.collab.stats();
      expect(after.resyncs - before.resyncs).toBe(1);
      expect(after.claimBroadcasts - before.claimBroadcasts).toBe(1);
      expect(c.stateless.length).toBe(messages + 1);
      drop(c);
    } finally {
      await own.close();
    }
  });

  it("spaces out claims-changed messages that come only from the anchor sync; a Y.js change goes out at once", async () => {
    // Its own server on a hand-moved clock (no coalescing window, so only the spacing waits).
    const clock = manualClock();
    const own = await startCollab({ claimsChangedIntervalMs: 3_000, documentChangesCoalesceMs: 0, documentChangesClock: clock });
    try {
      await waitFor(() => own.collab.stats().listening);
      const w = await collabWorld("Throttled messages");
      const c = await connect(w, own.url);
      const changes = own.collab.documentChanges!;
      const arrivals: number[] = [];
      c.provider.on("stateless", () => arrivals.push(clock.now()));
      changes.enqueue({ documentId: w.document.id, ydoc: false, claims: true });
      await waitFor(() => arrivals.length === 1);
      expect(arrivals[0]).toBe(0);

      // Three more store-driven notifications over the next 200 ms: held, folded into one.
      changes.enqueue({ documentId: w.document.id, ydoc: false, claims: true });
      await waitFor(() => clock.sleeping() === 1, { message: "the second message was not held" });
      for (let i = 0; i < 2; i++) {
        clock.advance(100);
        changes.enqueue({ documentId: w.document.id, ydoc: false, claims: true });
      }
      // Nothing but the clock can release it: one tick short of the interval, still held.
      clock.advance(2_799);
      expect(clock.now()).toBe(2_999);
      expect(clock.sleeping()).toBe(1);
      expect(arrivals).toHaveLength(1);
      expect(own.collab.stats().claimBroadcasts).toBe(1);

      clock.advance(1);
      await waitFor(() => arrivals.length === 2, { message: "the folded message never came" });
      await waitFor(() => changes.idle);
      expect(arrivals[1]).toBe(3_000);
      expect(clock.sleeping()).toBe(0);
      expect(own.collab.stats().claimBroadcasts).toBe(2);

      // The claims API's changes carry a Y.js update: sent inside the next sync-only window, without
      // the clock moving.
      const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, find: "messages" });
      await waitFor(() => arrivals.length === 3);
      expect(arrivals[2]).toBe(3_000);
      expect(marks(c).get(id)).toEqual(["messages"]);
      drop(c);
    } finally {
      await own.close();
    }
  });

  it("ignores a malformed notification and keeps listening", async () => {
    const w = await collabWorld("Still listening here");
    const c = await connect(w);
    await db.$executeRaw`SELECT pg_notify(${DOCUMENT_CHANGED_CHANNEL}, ${"not json"})`;
    await db.$executeRaw`SELECT pg_notify(${DOCUMENT_CHANGED_CHANNEL}, ${JSON.stringify({ documentId: "nope", ydoc: 1 })})`;
    const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, start: 6, end: 15 });
    await waitFor(() => marks(c).get(id)?.[0] === "listening");
    expect(server.collab.stats().listening).toBe(true);
  });

  it("reconnects a killed LISTEN connection and resyncs: a change made while it was down still reaches clients", async () => {
    const w = await collabWorld("Down time matters");
    const c = await connect(w);
    const pid = server.collab.documentChanges!.backendPid;
    expect(pid).toBeTypeOf("number");
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await waitFor(() => !server.collab.stats().listening, { message: "listener did not notice the kill" });
    const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, start: 0, end: 9, exact: "Down time" });
    // The NOTIFY went nowhere: nothing delivers the mark until the listener is back.
    expect(server.collab.stats().listening).toBe(false);
    expect(marks(c).has(id)).toBe(false);
    await waitFor(() => server.collab.stats().listening, { message: "listener did not reconnect" });
    expect(server.collab.documentChanges!.backendPid).not.toBe(pid);
    await waitFor(() => marks(c).get(id)?.[0] === "Down time", { message: "resync after reconnect did not deliver the mark" });
    await waitFor(() => c.stateless.includes(CLAIMS_CHANGED));
    expect(plainText(c.doc)).toBe("Down time matters");
    // And an ordinary notification works again on the new connection.
    const id2 = await markClaimLikeTheClaimsApi({ documentId: w.document.id, start: 10, end: 17, exact: "matters" });
    await waitFor(() => marks(c).get(id2)?.[0] === "matters");
  });

  it("does not write the pulled-in change back: no write-ahead rows, no extra store", async () => {
    const w = await collabWorld("Quiet pickup");
    const c = await connect(w);
    const before = server.collab.stats();
    const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, start: 0, end: 5 });
    await waitFor(() => marks(c).has(id));
    const stored = await storedDocument(w.document.id);
    // A write-back would have scheduled a store when the change was applied: none is scheduled.
    expect(server.collab.hocuspocus.debouncer.isDebounced(`onStoreDocument-${w.documentName}`)).toBe(false);
    expect(await db.documentUpdate.count({ where: { documentId: w.document.id } })).toBe(0);
    expect((await storedDocument(w.document.id)).version).toBe(stored.version);
    expect(server.collab.stats().resyncs).toBeGreaterThan(before.resyncs);
    const fragment = c.doc.getXmlFragment(YDOC_FIELD);
    expect(fragment.length).toBe(1);
  });
});

describe("through the claims API", () => {
  it("create, re-anchor and delete reach every connected client live", async () => {
    const w = await collabWorld("The moon is made of cheese.\n\nSecond paragraph says otherwise.");
    const a = await connect(w);
    const b = await connect(w);
    const actor = { userId: w.editor.id, via: "session" as const };

    const claim = await createClaim({ actor, workspaceSlug: w.slug, documentId: w.document.id, start: 4, end: 26, exact: "moon is made of cheese" });
    for (const c of [a, b]) {
      await waitFor(() => marks(c).get(claim.id)?.[0] === "moon is made of cheese", { message: "created claim's mark not received" });
      await waitFor(() => c.stateless.includes(CLAIMS_CHANGED));
    }

    const before = b.stateless.length;
    const reanchored = await reanchorClaim({ actor, workspaceSlug: w.slug, claimId: claim.id, start: 29, end: 45, exact: "Second paragraph" });
    expect(reanchored.detachedAt).toBeNull();
    for (const c of [a, b]) await waitFor(() => JSON.stringify(marks(c).get(claim.id)) === JSON.stringify(["Second paragraph"]), { message: "re-anchored mark not received" });
    await waitFor(() => b.stateless.length > before);

    await deleteClaim({ actor, workspaceSlug: w.slug, claimId: claim.id });
    for (const c of [a, b]) await waitFor(() => marks(c).size === 0, { message: "deleted claim's mark still shown" });
    expect(plainText(a.doc)).toBe("The moon is made of cheese.\n\nSecond paragraph says otherwise.");
    expect(await db.claim.count({ where: { id: claim.id } })).toBe(0);
  });

  it("every collab instance that has the document open catches up its own clients", async () => {
    const second = await startCollab();
    try {
      await waitFor(() => second.collab.stats().listening);
      const w = await collabWorld("Two instances, one claim.");
      const here = await connect(w);
      const there = connectClient({ url: second.url, documentName: w.documentName, token: await w.token(w.viewer) });
      clients.push(there);
      const thereMessages: string[] = [];
      there.provider.on("stateless", ({ payload }: { payload: string }) => thereMessages.push(payload));
      await there.acked();
      const claim = await createClaim({ actor: { userId: w.editor.id, via: "session" }, workspaceSlug: w.slug, documentId: w.document.id, start: 15, end: 24, exact: "one claim" });
      for (const c of [here, there]) await waitFor(() => marks(c).get(claim.id)?.[0] === "one claim", { message: "instance did not catch up" });
      // A read-only viewer gets the message too: everyone who sees the highlights refetches.
      await waitFor(() => thereMessages.includes(CLAIMS_CHANGED));
    } finally {
      await second.close();
    }
  });
});
