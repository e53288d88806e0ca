import { afterAll, describe, expect, it } from "vitest";
import { PUT as ORDER } from "@/app/api/w/[slug]/claims/[id]/evidence/order/route";
import { GET as LIST, POST as ADD } from "@/app/api/w/[slug]/claims/[id]/evidence/route";
import { DELETE, PATCH } from "@/app/api/w/[slug]/evidence/[id]/route";
import { db } from "@/lib/db";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import { stopJobSender } from "@/lib/jobs/job-sender";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { deleteEvidence } from "@/lib/server/evidence/delete-evidence";
import { listClaimEvidence } from "@/lib/server/evidence/list-claim-evidence";
import { reorderEvidence } from "@/lib/server/evidence/reorder-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { actorOf, call, capturedSnapshot, codeOf, ctx, errorOf, evidenceRows, evidenceWorld, tokenFor } from "./helpers";

afterAll(async () => {
  await stopJobSender();
});

const PAGE = "Labour market bulletin. The unemployment rate rose to 5.4\u00a0percent in March, up from 4.9 percent a year earlier.";

async function offlineSource(w: Awaited<ReturnType<typeof evidenceWorld>>["w"], title = "Interview with the statistics office") {
  return (await createSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, title, description: "Phone call, notes kept by the desk.", type: "INTERVIEW" })).source;
}

describe("adding evidence", () => {
  it("cites a library source or a new one, in order, with the excerpt checked against the captured text", async () => {
    const { w, claim } = await evidenceWorld();
    const token = await tokenFor(w.editor.id);
    const params = ctx({ slug: w.slug, id: claim.id });
    const { source: survey } = await createSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, url: "https://stats.example/bulletin" });
    await capturedSnapshot(w, survey.id, PAGE);

    const first = await ADD(
      call(token, `/api/w/${w.slug}/claims/${claim.id}/evidence`, {
        method: "POST",
        json: { sourceId: survey.id, stance: "REFUTES", excerpt: "the unemployment rate rose to 5.4 percent in march", note: "Official figure." },
      }),
      params,
    );
    expect(first.status).toBe(201);
    const { evidence: a } = (await first.json()) as { evidence: TEvidenceDto };
    expect(a).toMatchObject({
      claimId: claim.id,
      stance: "REFUTES",
      position: 0,
      excerptFound: true,
      note: "Official figure.",
      version: 1,
      createdBy: { id: w.editor.id },
      source: { id: survey.id, kind: "URL", url: "https://stats.example/bulletin", latestSnapshot: { status: "OK" } },
    });

    // A new source given with the evidence, whose URL is already in the library: that source, its
    // title (only its address so far) filled from what was typed; a publisher it has stays.
    const b = await addEvidence({
      actor: actorOf(w.reviewer),
      workspaceSlug: w.slug,
      claimId: claim.id,
      source: { url: "https://STATS.example/bulletin/?utm_source=x", title: "Quarterly bulletin" },
      stance: "CONTEXT",
      excerpt: "Inflation fell sharply in the second quarter.",
    });
    expect(b).toMatchObject({ position: 1, excerptFound: false, source: { id: survey.id, title: "Quarterly bulletin" } });

    // A new source without a URL, created in the same transaction; no excerpt: nothing to check.
    const c = await addEvidence({
      actor: actorOf(w.editor),
      workspaceSlug: w.slug,
      claimId: claim.id,
      source: { title: "Call with the labour ministry", description: "Spokesperson, 3 December.", type: "INTERVIEW" },
      stance: "SUPPORTS",
    });
    expect(c).toMatchObject({ position: 2, excerpt: "", excerptFound: null, source: { kind: "OFFLINE", title: "Call with the labour ministry", latestSnapshot: null } });

    // A new URL source: its capture is pending, so the excerpt cannot be checked yet.
    const d = await addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, source: { url: "https://news.example/jobs" }, stance: "CONTEXT", excerpt: "jobs" });
    expect(d).toMatchObject({ position: 3, excerptFound: null, source: { kind: "URL", title: "news.example/jobs", latestSnapshot: { status: "PENDING" } } });

    const listed = await LIST(call(await tokenFor(w.viewer.id), `/api/w/${w.slug}/claims/${claim.id}/evidence`), params);
    expect(listed.status).toBe(200);
    const { evidence } = (await listed.json()) as { evidence: TEvidenceDto[] };
    expect(evidence.map((e) => e.id)).toEqual([a.id, b.id, c.id, d.id]);

    const audits = await db.auditEvent.findMany({ where: { workspaceId: w.ws.id, action: "evidence.added" }, orderBy: { id: "asc" } });
    expect(audits.map((e) => e.actorId)).toEqual([w.editor.id, w.reviewer.id, w.editor.id, w.editor.id]);
    expect(audits[0]).toMatchObject({ targetType: "evidence", targetId: a.id, data: { claimId: claim.id, sourceId: survey.id, stance: "REFUTES" } });
  });

  it("keeps HTML in excerpts and notes as the text typed (shown as text, never as markup)", async () => {
    const { w, claim } = await evidenceWorld();
    const source = await offlineSource(w);
    const excerpt = `<img src=x onerror="alert(1)"> the <b>rate</b> rose & fell`;
    const note = `<script>fetch("/api/me")</script>\nSecond line`;
    const added = await addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "CONTEXT", excerpt, note });
    expect(added).toMatchObject({ excerpt, note });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ excerpt, note });
    const [listed] = await listClaimEvidence({ actor: actorOf(w.viewer), workspaceSlug: w.slug, claimId: claim.id });
    expect(listed).toMatchObject({ excerpt, note });
  });

  it.each([
    ["no stance", { sourceId: "S" }, /stance/],
    ["an unknown stance", { sourceId: "S", stance: "MAYBE" }, /stance must be one of SUPPORTS, REFUTES, CONTEXT/],
    ["neither sourceId nor source", { stance: "SUPPORTS" }, /either sourceId .* or source/],
    ["both sourceId and source", { sourceId: "S", source: { url: "https://stats.example/x" }, stance: "SUPPORTS" }, /either sourceId .* or source/],
    ["a too long excerpt", { sourceId: "S", stance: "SUPPORTS", excerpt: "x".repeat(5001) }, /excerpt: Keep the excerpt to at most 5000 characters/],
    ["a too long note", { sourceId: "S", stance: "SUPPORTS", note: "x".repeat(5001) }, /note: Keep the note to at most 5000 characters/],
    ["a non-http source URL", { source: { url: "file:///etc/passwd" }, stance: "SUPPORTS" }, /source.url: Only http:\/\/ and https:\/\//],
    ["a source without URL or description", { source: { title: "A call" }, stance: "SUPPORTS" }, /source.description: A source without a web address needs a title and a description/],
    ["an unknown source field", { source: { url: "https://stats.example/x", workspaceId: "x" }, stance: "SUPPORTS" }, /Unrecognized key/],
    ["an excerpt that is not text", { sourceId: "S", stance: "SUPPORTS", excerpt: { html: "<b>x</b>" } }, /excerpt/],
  ])("refuses %s with a 400 and writes nothing", async (_name, body, message) => {
    const { w, claim } = await evidenceWorld();
    const source = await offlineSource(w);
    const json = JSON.parse(JSON.stringify(body).replace('"S"', JSON.stringify(source.id))) as object;
    const before = await evidenceRows(w.ws.id);
    const res = await ADD(call(await tokenFor(w.editor.id), `/api/w/${w.slug}/claims/${claim.id}/evidence`, { method: "POST", json }), ctx({ slug: w.slug, id: claim.id }));
    const err = await errorOf(res);
    expect(err).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(err.message).toMatch(message);
    expect(await evidenceRows(w.ws.id)).toEqual(before);
  });

  it("a failure after the new source was inserted leaves neither the source nor the evidence", async () => {
    const { w, claim } = await evidenceWorld();
    const before = await evidenceRows(w.ws.id);
    const { failAuditInsert } = await import("../claims/helpers");
    const undo = await failAuditInsert(w.ws.id, "evidence.added");
    try {
      expect(
        await codeOf(addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, source: { url: "https://stats.example/half-done" }, stance: "SUPPORTS" })),
      ).toBe("INTERNAL");
    } finally {
      await undo();
    }
    expect(await evidenceRows(w.ws.id)).toEqual(before);
  });
});

describe("editing, removing and reordering evidence", () => {
  it("edits stance, excerpt and note with an optimistic version; a changed excerpt is checked again", async () => {
    const { w, claim } = await evidenceWorld();
    const { source } = await createSource({ actor: actorOf(w.editor), workspaceSlug: w.slug, url: "https://stats.example/bulletin" });
    await capturedSnapshot(w, source.id, PAGE);
    const ev = await addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", excerpt: "not in the page" });
    expect(ev.excerptFound).toBe(false);

    const token = await tokenFor(w.reviewer.id);
    const params = ctx({ slug: w.slug, id: ev.id });
    const res = await PATCH(call(token, `/api/w/${w.slug}/evidence/${ev.id}`, { method: "PATCH", json: { version: 1, stance: "REFUTES", excerpt: "“rose to 5.4 percent in March”" } }), params);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ evidence: { stance: "REFUTES", excerptFound: true, version: 2, note: "" } });

    const stale = await PATCH(call(token, `/api/w/${w.slug}/evidence/${ev.id}`, { method: "PATCH", json: { version: 1, note: "late" } }), params);
    expect(await errorOf(stale)).toMatchObject({ status: 409, code: "CONFLICT" });
    const nothing = await PATCH(call(token, `/api/w/${w.slug}/evidence/${ev.id}`, { method: "PATCH", json: { version: 2 } }), params);
    expect(await errorOf(nothing)).toMatchObject({ status: 400, message: expect.stringMatching(/Nothing to change/) });
    const sourceSwap = await PATCH(call(token, `/api/w/${w.slug}/evidence/${ev.id}`, { method: "PATCH", json: { version: 2, sourceId: source.id } }), params);
    expect(sourceSwap.status).toBe(400);

    const cleared = await updateEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, evidenceId: ev.id, version: 2, excerpt: "  " });
    expect(cleared).toMatchObject({ excerpt: "", excerptFound: null, version: 3 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "evidence.updated" }, orderBy: { id: "asc" } });
    expect(audit).toMatchObject({ actorId: w.reviewer.id, data: { fields: ["stance", "excerpt"], stance: { from: "SUPPORTS", to: "REFUTES" } } });

    // Two edits from the same version: one wins, the other is a 409.
    const results = await Promise.all([
      codeOf(updateEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, evidenceId: ev.id, version: 3, note: "one" })),
      codeOf(updateEvidence({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, evidenceId: ev.id, version: 3, note: "two" })),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("removes evidence (the source stays in the library) with an audit event that keeps what it said", async () => {
    const { w, claim } = await evidenceWorld();
    const source = await offlineSource(w);
    const ev = await addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "REFUTES", excerpt: "quoted words" });
    const res = await DELETE(call(await tokenFor(w.reviewer.id), `/api/w/${w.slug}/evidence/${ev.id}`, { method: "DELETE" }), ctx({ slug: w.slug, id: ev.id }));
    expect(res.status).toBe(204);
    expect(await db.evidence.count({ where: { id: ev.id } })).toBe(0);
    expect(await db.source.count({ where: { id: source.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "evidence.removed" } });
    expect(audit).toMatchObject({ actorId: w.reviewer.id, targetId: ev.id, data: { claimId: claim.id, sourceId: source.id, stance: "REFUTES", excerpt: "quoted words" } });
    expect(await codeOf(deleteEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, evidenceId: ev.id }))).toBe("NOT_FOUND");
  });

  it("reorders to exactly the claim's evidence ids; anything else is a 400 that changes nothing", async () => {
    const { w, claim, other } = await evidenceWorld();
    const source = await offlineSource(w);
    const add = (claimId: string, stance: "SUPPORTS" | "REFUTES" | "CONTEXT") => addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId, sourceId: source.id, stance });
    const a = await add(claim.id, "SUPPORTS");
    const b = await add(claim.id, "REFUTES");
    const c = await add(claim.id, "CONTEXT");
    const elsewhere = await add(other.id, "CONTEXT");
    const token = await tokenFor(w.reviewer.id);
    const put = (order: unknown) => ORDER(call(token, `/api/w/${w.slug}/claims/${claim.id}/evidence/order`, { method: "PUT", json: { order } }), ctx({ slug: w.slug, id: claim.id }));

    const positions = async () => (await db.evidence.findMany({ where: { claimId: claim.id }, orderBy: { id: "asc" }, select: { id: true, position: true, version: true } }));
    const before = await positions();
    for (const bad of [[a.id, b.id], [a.id, b.id, c.id, elsewhere.id], [a.id, b.id, b.id], [a.id, b.id, "not-an-id"], [c.id, b.id, a.id, a.id], "a,b,c", null]) {
      const res = await put(bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
    }
    expect(await positions()).toEqual(before);

    const res = await put([c.id, a.id, b.id]);
    expect(res.status).toBe(200);
    const { evidence } = (await res.json()) as { evidence: TEvidenceDto[] };
    expect(evidence.map((e) => [e.id, e.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2],
    ]);
    // An order is not an edit: versions stay, so open edit forms do not turn into conflicts.
    expect(evidence.map((e) => e.version)).toEqual([1, 1, 1]);
    expect((await listClaimEvidence({ actor: actorOf(w.viewer), workspaceSlug: w.slug, claimId: claim.id })).map((e) => e.id)).toEqual([c.id, a.id, b.id]);
    // New evidence goes last.
    expect((await add(claim.id, "SUPPORTS")).position).toBe(3);
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "evidence.reordered", actorId: w.reviewer.id } })).toBe(1);
    // A claim without evidence: the empty order is its exact order.
    const { w: w2, claim: empty } = await evidenceWorld();
    expect(await reorderEvidence({ actor: actorOf(w2.editor), workspaceSlug: w2.slug, claimId: empty.id, order: [] })).toEqual([]);
  });

  it("evidence on a claim of a document in the trash is gone: 404 for every operation", async () => {
    const { w, claim, doc } = await evidenceWorld();
    const source = await offlineSource(w);
    const ev = await addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" });
    await trashDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id });
    const actor = actorOf(w.editor);
    expect({
      list: await codeOf(listClaimEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id })),
      add: await codeOf(addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" })),
      update: await codeOf(updateEvidence({ actor, workspaceSlug: w.slug, evidenceId: ev.id, version: 1, note: "x" })),
      reorder: await codeOf(reorderEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, order: [ev.id] })),
      delete: await codeOf(deleteEvidence({ actor, workspaceSlug: w.slug, evidenceId: ev.id })),
    }).toEqual({ list: "NOT_FOUND", add: "NOT_FOUND", update: "NOT_FOUND", reorder: "NOT_FOUND", delete: "NOT_FOUND" });
    expect(await db.evidence.count({ where: { id: ev.id } })).toBe(1);
  });
});

describe("adding evidence at once", () => {
  it("gives five concurrent adds to one claim five distinct positions, in order", async () => {
    const { w, claim } = await evidenceWorld();
    const source = await offlineSource(w);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => addEvidence({ actor: actorOf(w.editor), workspaceSlug: w.slug, claimId: claim.id, sourceId: source.id, stance: "CONTEXT", excerpt: "", note: `note ${i}` })),
    );
    const positions = (await db.evidence.findMany({ where: { claimId: claim.id }, select: { position: true } })).map((e) => e.position).sort();
    expect(positions).toEqual([0, 1, 2, 3, 4]);
  });
});
