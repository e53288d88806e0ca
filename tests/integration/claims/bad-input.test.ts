import { afterEach, describe, expect, it } from "vitest";
import { POST as ANCHOR } from "@/app/api/w/[slug]/claims/[id]/anchor/route";
import { PATCH } from "@/app/api/w/[slug]/claims/[id]/route";
import { GET, POST } from "@/app/api/w/[slug]/claims/route";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { call, ctx, errorOf, tokenFor } from "./api";
import { actorOf, appendPendingEdit, claimRowCounts, codeOf, failAuditInsert, insertAt, rangeOf, seedDoc, storedMarks, workspaceWithEveryRole } from "./helpers";

const undo: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const u of undo.splice(0)) await u();
});

async function setup() {
  const w = await workspaceWithEveryRole();
  const doc = await seedDoc(w);
  const token = await tokenFor(w.editor.id);
  const range = await rangeOf(doc.id, "unemployment is at a record low");
  const post = async (body: unknown) => errorOf(await POST(call(token, `/api/w/${w.slug}/claims`, { method: "POST", json: body }), ctx({ slug: w.slug })));
  const snapshot = async () => {
    const m = await storedMarks(doc.id);
    return { counts: await claimRowCounts(w.ws.id), ydoc: Buffer.from(m.ydoc).toString("base64"), version: m.version, pending: await db.documentUpdate.count({ where: { documentId: doc.id } }) };
  };
  return { w, doc, token, range, post, snapshot };
}

describe("bad claim input is refused with a clear 4xx and writes nothing", () => {
  it("create: every field rule answers 400 with a message naming the problem", async () => {
    const { w, doc, range, post, snapshot } = await setup();
    const before = await snapshot();
    const ok = { documentId: doc.id, ...range };
    const cases: [unknown, RegExp][] = [
      [{ ...range }, /documentId is required/],
      [{ ...ok, start: -1 }, /start cannot be negative/],
      [{ ...ok, start: 1.5 }, /start must be a whole number/],
      [{ ...ok, start: "3" }, /start must be a whole number/],
      [{ ...ok, end: ok.start }, /exact must be the selected text|selection is empty/],
      [{ ...ok, end: ok.start, exact: "" }, /empty/],
      [{ ...ok, exact: "   ", end: ok.start + 3 }, /empty or only whitespace/],
      [{ ...ok, exact: `${ok.exact}!` }, /length must equal end - start/],
      [{ ...ok, exact: "x".repeat(5001), end: ok.start + 5001 }, /at most 5000 characters/],
      [{ ...ok, start: 10_000, end: 10_000 + ok.exact.length }, /lies outside the document/],
      [{ ...ok, text: "x".repeat(2001) }, /text: Restate the claim in at most 2000 characters/],
      [{ ...ok, text: " \n " }, /text: Restate the claim as one sentence: it cannot be empty/],
      [{ ...ok, claimant: "x".repeat(201) }, /claimant: Use at most 200 characters/],
      [{ ...ok, claimDate: "2025-02-30" }, /claimDate: Enter a real date/],
      [{ ...ok, claimDate: "yesterday" }, /claimDate: Enter a real date/],
      [{ ...ok, dueDate: "2026-13-01" }, /dueDate: Enter a real date/],
      [{ ...ok, appearanceUrl: "javascript:alert(1)" }, /appearanceUrl: Enter a web address that starts with http/],
      [{ ...ok, appearanceUrl: "ftp://example.com/x" }, /appearanceUrl: Enter a web address that starts with http/],
      [{ ...ok, appearanceUrl: `https://example.com/${"a".repeat(2040)}` }, /at most 2048/],
      [{ ...ok, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, /at most 20 tags/],
      [{ ...ok, tags: ["x".repeat(41)] }, /at most 40 characters/],
      [{ ...ok, tags: "jobs" }, /tags: Tags must be a list/],
      [{ ...ok, checkworthiness: 0 }, /checkworthiness: Pick a whole number from 1 to 5/],
      [{ ...ok, checkworthiness: 6 }, /checkworthiness: Pick a whole number from 1 to 5/],
      [{ ...ok, checkworthiness: 2.5 }, /checkworthiness: Pick a whole number from 1 to 5/],
      [{ ...ok, status: "APPROVED" }, /starts as DRAFT or RESEARCHING/],
      [{ ...ok, status: "DONE" }, /status: Pick one of/],
      [{ ...ok, assigneeId: "bob" }, /assigneeId: Pick a member of the workspace/],
      [{ ...ok, assigneeId: w.viewer.id }, /member of this workspace who can edit/],
      [{ ...ok, assigneeId: w.outsider.id }, /member of this workspace who can edit/],
      [{ ...ok, color: "red" }, /color|Unrecognized/i],
    ];
    for (const [body, message] of cases) {
      const err = await post(body);
      expect({ body, ...err }).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringMatching(message) });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("create: a stale selection (the text moved on) is 409 and asks to select again", async () => {
    const { doc, range, post, snapshot } = await setup();
    const before = await snapshot();
    expect(await post({ documentId: doc.id, start: range.start + 1, end: range.end + 1, exact: range.exact })).toMatchObject({
      status: 409,
      code: "CONFLICT",
      message: "The text has changed since you selected it; select it again.",
    });
    // An acknowledged edit not yet folded into Document.text counts: the selection made before it is stale.
    await appendPendingEdit(doc.id, insertAt(1, "NEW "));
    const staleNow = await rangeOf(doc.id, "Cargo volumes");
    expect(await post({ documentId: doc.id, ...staleNow })).toMatchObject({ status: 409 });
    expect((await snapshot()).counts).toEqual(before.counts);
  });

  it("create: the exact span of an existing claim is 409 (no twin claim), a span inside it is a new nested claim", async () => {
    const { w, doc, token, range, post, snapshot } = await setup();
    const create = (body: unknown) => POST(call(token, `/api/w/${w.slug}/claims`, { method: "POST", json: body }), ctx({ slug: w.slug }));
    expect((await create({ documentId: doc.id, ...range })).status).toBe(201);
    const before = await snapshot();
    expect(await post({ documentId: doc.id, ...range, text: "Said twice" })).toMatchObject({
      status: 409,
      code: "CONFLICT",
      message: expect.stringMatching(/already marked as a claim/),
    });
    expect(await snapshot()).toEqual(before);
    const inner = { start: range.start, end: range.start + 5, exact: range.exact.slice(0, 5) };
    expect((await create({ documentId: doc.id, ...inner })).status).toBe(201);
  });

  it("malformed requests: not JSON 400, wrong content type 415, bad list query 400", async () => {
    const { w, token } = await setup();
    const p = ctx({ slug: w.slug });
    const path = `/api/w/${w.slug}/claims`;
    expect(await errorOf(await POST(call(token, path, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }), p))).toMatchObject({ status: 400, message: expect.stringMatching(/not valid JSON/) });
    expect(await errorOf(await POST(call(token, path, { method: "POST", headers: { "content-type": "application/json" }, body: "[1]" }), p))).toMatchObject({ status: 400 });
    expect(await errorOf(await POST(call(token, path, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }), p))).toMatchObject({ status: 415 });
    for (const q of ["sort=nonsense", "order=up", "page=0", "pageSize=501", "pageSize=abc", "status=DONE", "assigneeId=bob", "detached=maybe", "documentId=xyz"]) {
      expect({ q, ...(await errorOf(await GET(call(token, `${path}?${q}`), p))) }).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    }
  });

  it("no half-created claim: a failure after the mark was written leaves neither the mark, the row, the audit event nor folded log rows", async () => {
    const { w, doc, range, snapshot } = await setup();
    await appendPendingEdit(doc.id, insertAt(1, "Breaking: "));
    const before = await snapshot();
    expect(before.pending).toBe(1);
    undo.push(await failAuditInsert(w.ws.id, "claim.created"));
    const live = { ...range, start: range.start + "Breaking: ".length, end: range.end + "Breaking: ".length };
    expect(await codeOf(createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...live }))).toBe("INTERNAL");
    expect(await snapshot()).toEqual(before);
    expect((await storedMarks(doc.id)).runs.size).toBe(0);
    // Once the failure is gone the same request succeeds: the failure was the trigger, not the input.
    await undo.pop()!();
    const claim = await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...live });
    expect((await storedMarks(doc.id)).quoted(claim.id)).toEqual([range.exact]);
  });

  it("update: version required, stale version 409, status only DRAFT <-> RESEARCHING by hand, nothing-to-change 400, null clears", async () => {
    const { w, doc, range, token } = await setup();
    const claim = await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...range, claimant: "Mayor", tags: ["a"], claimDate: "2026-11-02", checkworthiness: 2 });
    const one = ctx({ slug: w.slug, id: claim.id });
    const patch = async (body: unknown) => PATCH(call(token, `/api/w/${w.slug}/claims/${claim.id}`, { method: "PATCH", json: body }), one);

    expect(await errorOf(await patch({ text: "x" }))).toMatchObject({ status: 400, message: expect.stringMatching(/version is required/) });
    expect(await errorOf(await patch({ version: 1 }))).toMatchObject({ status: 400, message: expect.stringMatching(/Nothing to change/) });
    expect(await errorOf(await patch({ version: 1, status: "APPROVED" }))).toMatchObject({ status: 400, message: expect.stringMatching(/review workflow/) });
    expect(await errorOf(await patch({ version: 1, text: null }))).toMatchObject({ status: 400 });
    expect(await errorOf(await patch({ version: 1, claimDate: "2026-02-29" }))).toMatchObject({ status: 400, message: expect.stringMatching(/real date/) });
    expect(await errorOf(await patch({ version: 1, assigneeId: w.viewer.id }))).toMatchObject({ status: 400 });
    expect(await errorOf(await patch({ version: 1, documentId: doc.id }))).toMatchObject({ status: 400 });
    expect(await errorOf(await patch({ version: 1, quote: { exact: "x" } }))).toMatchObject({ status: 400 });

    expect(await errorOf(await patch({ version: 1, priority: "CRITICAL" }))).toMatchObject({ status: 400, message: expect.stringMatching(/priority must be one of/) });
    expect(await errorOf(await patch({ version: 1, reviewerIds: [w.editor.id] }))).toMatchObject({ status: 400, message: expect.stringMatching(/who can review/) });
    expect(await errorOf(await patch({ version: 1, reviewerIds: [w.outsider.id] }))).toMatchObject({ status: 400, message: expect.stringMatching(/who can review/) });
    expect(await errorOf(await patch({ version: 1, reviewerIds: ["nope"] }))).toMatchObject({ status: 400 });

    const cleared = await patch({ version: 1, claimant: null, tags: null, claimDate: null, checkworthiness: null, appearanceUrl: "", priority: "HIGH", reviewerIds: [w.reviewer.id, w.admin.id, w.reviewer.id], assigneeId: w.reviewer.id });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toMatchObject({ claim: { claimant: null, tags: [], claimDate: null, checkworthiness: null, appearanceUrl: null, status: "DRAFT", priority: "HIGH", assignee: { id: w.reviewer.id }, version: 2 } });
    expect((await db.claimReviewer.findMany({ where: { claimId: claim.id } })).map((r) => r.userId).sort()).toEqual([w.reviewer.id, w.admin.id].sort());
    expect(await db.auditEvent.findFirst({ where: { workspaceId: w.ws.id, action: "claim.reviewers_changed" } })).toMatchObject({ data: { claimId: claim.id, removed: [], claimVersion: 2 } });
    expect(await errorOf(await patch({ version: 1, text: "late" }))).toMatchObject({ status: 409, code: "CONFLICT" });

    // Two concurrent PATCHes of the same version: exactly one wins, the other is told.
    const [a, b] = await Promise.all([
      codeOf(updateClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, version: 2, text: "A" })),
      codeOf(updateClaim({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, claimId: claim.id, version: 2, text: "B" })),
    ]);
    expect([a, b].sort()).toEqual(["CONFLICT", "OK"]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 3 });

    // A claim the review workflow moved on cannot be pulled back by hand: status is never edited here.
    await db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    expect(await errorOf(await patch({ version: 3, status: "DRAFT" }))).toMatchObject({ status: 400, message: expect.stringMatching(/review workflow/) });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "claim.updated" } })).toBe(2);
  });

  it("re-anchor: outside 400, stale 409, whitespace 400, nothing changed", async () => {
    const { w, doc, range, token } = await setup();
    const claim = await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...range });
    const before = await storedMarks(doc.id);
    const one = ctx({ slug: w.slug, id: claim.id });
    const anchor = async (body: unknown) => errorOf(await ANCHOR(call(token, `/api/w/${w.slug}/claims/${claim.id}/anchor`, { method: "POST", json: body }), one));
    expect(await anchor({ start: 5000, end: 5004, exact: "abcd" })).toMatchObject({ status: 400, message: expect.stringMatching(/outside the document/) });
    expect(await anchor({ start: 0, end: 4, exact: "Carg" })).toMatchObject({ status: 409 });
    expect(await anchor({ start: 0, end: 2, exact: "  " })).toMatchObject({ status: 400 });
    expect(await anchor({ ...range, version: 7 })).toMatchObject({ status: 409 });
    expect(Buffer.from((await storedMarks(doc.id)).ydoc)).toEqual(Buffer.from(before.ydoc));
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: 1, positionStart: range.start });
  });
});
