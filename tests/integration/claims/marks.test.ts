import pg from "pg";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { collectClaimRuns } from "@/lib/editor/text-map";
import { yDocToNode } from "@/lib/editor/ydoc-convert";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { getClaim } from "@/lib/server/claims/get-claim";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { DOCUMENT_CHANGED_CHANNEL } from "@/lib/server/collab/notify-document-changed";
import { actorOf, appendPendingEdit, insertAt, rangeOf, seedDoc, storedMarks, workspaceWithEveryRole } from "./helpers";

const SENTENCE = "The mayor claimed that unemployment is at a record low of 3.1 percent.";

async function setup() {
  const w = await workspaceWithEveryRole();
  const doc = await seedDoc(w);
  const actor = actorOf(w.editor);
  const mark = async (needle: string, extra: Record<string, unknown> = {}) =>
    createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, needle)), ...extra });
  return { w, doc, actor, mark };
}

describe("claim marks in the document's Y.js state", () => {
  it("overlapping and nested claims on the same text each keep their own mark; an exact twin is refused", async () => {
    const { doc, mark } = await setup();
    const outer = await mark(SENTENCE);
    const inner = await mark("unemployment is at a record low");
    const crossing = await mark("a record low of 3.1 percent");
    // Marking exactly the span of an existing claim again (two people, one sentence) makes no twin.
    await expect(mark("unemployment is at a record low")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already marked as a claim/) });
    const m = await storedMarks(doc.id);
    expect(m.quoted(outer.id)).toEqual([SENTENCE]);
    expect(m.quoted(inner.id)).toEqual(["unemployment is at a record low"]);
    expect(m.quoted(crossing.id)).toEqual(["a record low of 3.1 percent"]);
    expect(m.jsonClaimIds).toEqual(new Set([outer.id, inner.id, crossing.id]));
    expect(m.storedText).toBe(m.text);
  });

  it("delete removes only that claim's mark, keeps the text and the others, and audits what it quoted", async () => {
    const { w, doc, actor, mark } = await setup();
    const outer = await mark(SENTENCE);
    const inner = await mark("unemployment is at a record low", { text: "Unemployment is at a record low.", claimant: "Mayor" });
    const before = await storedMarks(doc.id);
    await deleteClaim({ actor, workspaceSlug: w.slug, claimId: inner.id });
    const after = await storedMarks(doc.id);
    expect(after.runs.has(inner.id)).toBe(false);
    expect(after.quoted(outer.id)).toEqual([SENTENCE]);
    expect(after.text).toBe(before.text);
    expect(after.version).toBe(before.version + 1);
    expect(await db.claim.findUnique({ where: { id: inner.id } })).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "claim.deleted" } });
    expect(audit).toMatchObject({ actorId: w.editor.id, targetId: inner.id, data: { quote: "unemployment is at a record low", text: "Unemployment is at a record low.", documentId: doc.id } });
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "claim.deleted" } })).toBe(1);
  });

  it("re-anchor moves the mark, resets the selectors and clears detachedAt", async () => {
    const { w, doc, actor, mark } = await setup();
    const claim = await mark("Cargo volumes fell");
    await db.claim.update({ where: { id: claim.id }, data: { detachedAt: new Date() } });
    const target = await rangeOf(doc.id, "the port authority said");
    const moved = await reanchorClaim({ actor, workspaceSlug: w.slug, claimId: claim.id, ...target, version: 1 });
    expect(moved).toMatchObject({ detachedAt: null, version: 2, quote: { exact: "the port authority said", start: target.start, end: target.end, prefix: expect.stringMatching(/in a row, $/), suffix: expect.stringMatching(/^ on Monday\.\n\nThe mayor/) } });
    expect((await storedMarks(doc.id)).quoted(claim.id)).toEqual(["the port authority said"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "claim.reanchored" } });
    expect(audit.data).toMatchObject({ from: { quote: "Cargo volumes fell", detached: true }, to: { quote: "the port authority said" } });
  });

  it("a detached claim offers a suggested anchor where its quote now fits", async () => {
    const { w, doc, actor, mark } = await setup();
    const claim = await mark("unemployment is at a record low of 3.1 percent");
    expect(await getClaim({ actor, workspaceSlug: w.slug, claimId: claim.id })).not.toHaveProperty("suggestedAnchor");
    // The sentence got retyped slightly (an acknowledged edit still in the write-ahead log) and the claim was detached.
    const live = await appendPendingEdit(doc.id, insertAt(1, "UPDATED: "));
    await db.claim.update({ where: { id: claim.id }, data: { detachedAt: new Date() } });
    const got = await getClaim({ actor, workspaceSlug: w.slug, claimId: claim.id });
    const start = live.indexOf("unemployment is at a record low of 3.1 percent");
    expect(got.suggestedAnchor).toMatchObject({ start, end: start + 46, exact: "unemployment is at a record low of 3.1 percent" });
  });

  it("works on the durable state: folds acknowledged write-ahead rows, keeps their text, and moves the other claims' selectors with it", async () => {
    const { w, doc, actor, mark } = await setup();
    const first = await mark("Cargo volumes fell");
    const live = await appendPendingEdit(doc.id, insertAt(1, "Exclusive: "));
    await appendPendingEdit(doc.id, insertAt(1, "[Update] "));
    const liveText = `[Update] ${live}`;
    const start = liveText.indexOf("record low");
    const second = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, start, end: start + 10, exact: "record low" });
    const m = await storedMarks(doc.id);
    expect(m.text).toBe(liveText);
    expect(m.storedText).toBe(liveText);
    expect(await db.documentUpdate.count({ where: { documentId: doc.id } })).toBe(0);
    expect(m.quoted(second.id)).toEqual(["record low"]);
    expect(m.quoted(first.id)).toEqual(["Cargo volumes fell"]);
    const firstRow = await db.claim.findUniqueOrThrow({ where: { id: first.id } });
    expect(liveText.slice(firstRow.positionStart, firstRow.positionEnd)).toBe("Cargo volumes fell");
    expect(firstRow.detachedAt).toBeNull();
  });

  it("concurrent creates on one document serialise on the document lock: every mark survives", async () => {
    const { w, doc, actor } = await setup();
    const needles = ["Port traffic", "Cargo volumes fell", "third month", "the port authority said", "unemployment is at a record low", "record low of 3.1"];
    const ranges = await Promise.all(needles.map((n) => rangeOf(doc.id, n)));
    const created = await Promise.all(ranges.map((r) => createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...r })));
    const m = await storedMarks(doc.id);
    for (const [i, c] of created.entries()) expect(m.quoted(c.id)).toEqual([needles[i]]);
    expect(m.jsonClaimIds.size).toBe(needles.length);
  });

  it("builds the Y.js state from the JSON for a document that was never opened, as the collab server would", async () => {
    const { doc, mark } = await setup();
    await db.document.update({ where: { id: doc.id }, data: { ydoc: null } });
    const claim = await mark("third month");
    const m = await storedMarks(doc.id);
    expect(m.quoted(claim.id)).toEqual(["third month"]);
    expect(m.text).toBe(m.storedText);
  });

  it("the mark change is a small format-only Y.js update that merges with a concurrent edit", async () => {
    const w = await workspaceWithEveryRole();
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of the report repeats background the reader already knows.`).join("\n\n");
    const doc = await seedDoc(w, `Port traffic falls 12%\n\n${filler}\n\nCargo volumes fell for the third month in a row.`);
    const mark = async (needle: string) => createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, needle)) });
    const before = await storedMarks(doc.id);
    const base = new Y.Doc();
    Y.applyUpdate(base, before.ydoc);
    // A collab client types concurrently, from the same base, without seeing the claim.
    const concurrent = new Y.Doc();
    Y.applyUpdate(concurrent, before.ydoc);
    const typed = (() => {
      const sv = Y.encodeStateVector(concurrent);
      concurrent.getXmlFragment("default").insert(0, [new Y.XmlElement("paragraph")]);
      return Y.encodeStateAsUpdate(concurrent, sv);
    })();
    const claim = await mark("Cargo volumes fell");
    const after = await storedMarks(doc.id);
    const server = new Y.Doc();
    Y.applyUpdate(server, after.ydoc);
    const diff = Y.encodeStateAsUpdate(server, Y.encodeStateVector(base));
    // Not a rewrite of the document: a few formatting items, whatever the document's size.
    expect(after.ydoc.byteLength).toBeGreaterThan(3000);
    expect(diff.byteLength).toBeLessThan(200);
    Y.applyUpdate(server, typed);
    const merged = yDocToNode(server);
    const runs = collectClaimRuns(merged);
    expect(runs.get(claim.id)).toHaveLength(1);
    expect(merged.childCount).toBe(before.text.split("\n\n").length + 1);
  });

  it("NOTIFYs the collab servers on commit: ydoc + claims for mark changes, claims only for a field edit", async () => {
    const { w, actor, mark } = await setup();
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: unknown[] = [];
    listener.on("notification", (n) => heard.push(JSON.parse(n.payload ?? "null")));
    await listener.query(`LISTEN ${DOCUMENT_CHANGED_CHANNEL}`);
    try {
      const claim = await mark("third month");
      await updateClaim({ actor, workspaceSlug: w.slug, claimId: claim.id, version: 1, checkworthiness: 5 });
      await deleteClaim({ actor, workspaceSlug: w.slug, claimId: claim.id });
      await expect.poll(() => heard.filter((h) => (h as { documentId: string }).documentId === claim.documentId).length, { timeout: 5000 }).toBe(3);
      expect(heard.filter((h) => (h as { documentId: string }).documentId === claim.documentId)).toEqual([
        { documentId: claim.documentId, ydoc: true, claims: true },
        { documentId: claim.documentId, ydoc: false, claims: true },
        { documentId: claim.documentId, ydoc: true, claims: true },
      ]);
    } finally {
      await listener.end();
    }
  });
});
