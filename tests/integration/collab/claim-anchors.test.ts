import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { YDOC_FIELD } from "@/lib/editor/extensions";
import { createClaim } from "@/lib/server/claims/create-claim";
import { connectClient, waitFor, type TCollabClient } from "./collab-client";
import { markClaimLikeTheClaimsApi, markedTexts, plainText } from "./claim-writes";
import { collabWorld, startCollab, storedDocument } from "./fixtures";

/**
 * The collab store keeps claim selectors in step with the marks (syncClaimAnchors inside
 * storeDocumentState): real clients edit, the server stores, the Claim rows follow.
 */
let server: Awaited<ReturnType<typeof startCollab>>;
const clients: TCollabClient[] = [];

beforeAll(async () => {
  server = await startCollab({ debounceMs: 50, maxDebounceMs: 200 });
  await waitFor(() => server.collab.stats().listening);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

const CLAIMS_CHANGED = JSON.stringify({ type: "claims-changed" });
const SENTENCE = "Officials said the border program traced two thousand weapons last year.";
const QUOTE = "traced two thousand weapons";

const claimRow = (id: string) =>
  db.claim.findUniqueOrThrow({
    where: { id },
    select: { quoteExact: true, quotePrefix: true, quoteSuffix: true, positionStart: true, positionEnd: true, detachedAt: true, updatedAt: true, version: true },
  });

/** A document with one claim on QUOTE and a connected editor who has received its mark. */
async function claimedDocument(text = SENTENCE) {
  const w = await collabWorld(text);
  const c = connectClient({ url: server.url, documentName: w.documentName, token: await w.token(w.editor) });
  clients.push(c);
  const stateless: string[] = [];
  c.provider.on("stateless", ({ payload }: { payload: string }) => stateless.push(payload));
  await c.acked();
  const id = await markClaimLikeTheClaimsApi({ documentId: w.document.id, find: QUOTE });
  await waitFor(() => markedTexts(c.doc).get(id)?.[0] === QUOTE, { message: "mark not received" });
  const before = await claimRow(id);
  const paragraph = () => (c.doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  /** Edits the first paragraph and waits until the server stored exactly this text. */
  const edit = async (fn: (t: Y.XmlText) => void) => {
    c.doc.transact(() => fn(paragraph()));
    await c.acked();
    const expected = plainText(c.doc);
    await waitFor(async () => (await storedDocument(w.document.id)).text === expected, { message: `not stored: "${expected}"` });
  };
  return { w, c, id, before, stateless, paragraph, edit, start: text.indexOf(QUOTE) };
}

describe("claim anchors follow the text on every store", () => {
  it("deleting a claim's text detaches it with its old selectors; undo brings the mark back and reattaches it", async () => {
    const { c, id, before, stateless, edit, start } = await claimedDocument();
    expect(before).toMatchObject({ quoteExact: QUOTE, positionStart: start, positionEnd: start + QUOTE.length, detachedAt: null });
    const undo = new Y.UndoManager(c.doc.getXmlFragment(YDOC_FIELD));
    const messages = stateless.length;

    await edit((t) => t.delete(start, QUOTE.length));
    expect(plainText(c.doc)).toBe("Officials said the border program  last year.");
    const detached = await claimRow(id);
    expect(detached.detachedAt).toBeInstanceOf(Date);
    expect(detached).toMatchObject({
      quoteExact: QUOTE,
      quotePrefix: before.quotePrefix,
      quoteSuffix: before.quoteSuffix,
      positionStart: before.positionStart,
      positionEnd: before.positionEnd,
      version: before.version,
    });
    // The store's NOTIFY reaches the client as claims-changed (the panel refetches).
    await waitFor(() => stateless.length > messages && stateless.at(-1) === CLAIMS_CHANGED, { message: "no claims-changed after detaching" });

    undo.undo();
    await c.acked();
    expect(markedTexts(c.doc).get(id)).toEqual([QUOTE]);
    await waitFor(async () => (await claimRow(id)).detachedAt === null, { message: "not reattached after undo" });
    expect(await claimRow(id)).toMatchObject({ quoteExact: QUOTE, positionStart: start, positionEnd: start + QUOTE.length, quotePrefix: before.quotePrefix });
  });

  it("text inserted before a claim shifts its positions; the quote and updatedAt stay", async () => {
    const { id, before, edit, start } = await claimedDocument();
    await edit((t) => t.insert(0, "Update: "));
    const after = await claimRow(id);
    expect(after).toMatchObject({
      quoteExact: QUOTE,
      quoteSuffix: before.quoteSuffix,
      positionStart: start + 8,
      positionEnd: start + 8 + QUOTE.length,
      detachedAt: null,
    });
    expect(after.quotePrefix).toBe("Update: Officials said the border program ".slice(-32));
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it("typing inside a claim updates its exact quote and keeps it attached", async () => {
    const { c, id, edit, start } = await claimedDocument();
    // Inside the mark: Y.js text inserted without attributes takes the formatting around it.
    await edit((t) => t.insert(start + "traced two".length, " hundred"));
    expect(markedTexts(c.doc).get(id)).toEqual(["traced two hundred thousand weapons"]);
    expect(await claimRow(id)).toMatchObject({
      quoteExact: "traced two hundred thousand weapons",
      positionStart: start,
      positionEnd: start + "traced two hundred thousand weapons".length,
      detachedAt: null,
    });
  });

  it("rewriting the text under a claim beyond recognition detaches it even though the mark is still there", async () => {
    const { c, id, before, edit, start } = await claimedDocument();
    // Keep the first and last letters (so the mark survives) and replace everything between.
    await edit((t) => {
      t.insert(start + 1, "X");
      t.delete(start + 2, QUOTE.length - 2);
    });
    expect(markedTexts(c.doc).get(id)).toEqual(["tXs"]);
    const after = await waitFor(async () => {
      const row = await claimRow(id);
      return row.detachedAt ? row : null;
    });
    expect(after).toMatchObject({ quoteExact: QUOTE, positionStart: before.positionStart, positionEnd: before.positionEnd, quoteSuffix: before.quoteSuffix });
  });

  it("a pasted copy of a claim's mark elsewhere does not move the claim: the run like its quote wins", async () => {
    const { c, id, edit, start } = await claimedDocument();
    const attrs = c.doc.transact(() => {
      const t = (c.doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      return (t.toDelta() as Array<{ insert: string; attributes?: Record<string, unknown> }>).find((op) => op.insert === QUOTE)!.attributes!;
    });
    await edit((t) => t.insert(0, "Something else entirely. ", attrs));
    expect(markedTexts(c.doc).get(id)).toEqual(["Something else entirely. ", QUOTE]);
    const shift = "Something else entirely. ".length;
    expect(await claimRow(id)).toMatchObject({ quoteExact: QUOTE, positionStart: start + shift, positionEnd: start + shift + QUOTE.length, detachedAt: null });
  });
});

describe("claim anchors when the claims API folds unstored edits", () => {
  it("a claim whose text was deleted is detached even when another claim's creation stored that deletion first", async () => {
    // A long debounce: the claims API folds the client's logged edit into the document before the
    // collab store runs, and that store then finds nothing new to write.
    const slow = await startCollab({ debounceMs: 1_000, maxDebounceMs: 2_000 });
    const onSlow: TCollabClient[] = [];
    try {
      const w = await collabWorld("Alpha claim here. Beta claim there.");
      const c = connectClient({ url: slow.url, documentName: w.documentName, token: await w.token(w.editor) });
      onSlow.push(c);
      await c.acked();
      const actor = { userId: w.editor.id, via: "session" as const };
      const alpha = await createClaim({ actor, workspaceSlug: w.slug, documentId: w.document.id, start: 0, end: 11, exact: "Alpha claim" });
      await waitFor(() => markedTexts(c.doc).has(alpha.id));
      c.doc.transact(() => ((c.doc.getXmlFragment(YDOC_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, "Alpha claim here. ".length));
      await c.acked();
      const beta = await createClaim({ actor, workspaceSlug: w.slug, documentId: w.document.id, start: 0, end: 10, exact: "Beta claim" });
      expect((await storedDocument(w.document.id)).text).toBe("Beta claim there.");
      const detached = await waitFor(async () => {
        const row = await claimRow(alpha.id);
        return row.detachedAt ? row : null;
      }, { timeout: 5_000, message: "the claim whose text is gone stayed attached" });
      expect(detached).toMatchObject({ quoteExact: "Alpha claim", positionStart: 0, positionEnd: 11 });
      expect(await claimRow(beta.id)).toMatchObject({ quoteExact: "Beta claim", positionStart: 0, detachedAt: null });
    } finally {
      // Disconnect first: a client left attached reconnects while the server shuts down, which
      // then waits (up to 10 s) for a document that keeps being reopened.
      for (const c of onSlow) c.destroy();
      await slow.close();
    }
  });
});
