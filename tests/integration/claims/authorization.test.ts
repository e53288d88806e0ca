import { describe, expect, it } from "vitest";
import { POST as ANCHOR } from "@/app/api/w/[slug]/claims/[id]/anchor/route";
import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/w/[slug]/claims/[id]/route";
import { GET as CSV } from "@/app/api/w/[slug]/claims/export.csv/route";
import { GET, POST } from "@/app/api/w/[slug]/claims/route";
import { GET as ANNOTATIONS } from "@/app/api/documents/[id]/annotations/route";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { exportClaimsCsv } from "@/lib/server/claims/export-claims-csv";
import { getClaim } from "@/lib/server/claims/get-claim";
import { getDocumentAnnotations } from "@/lib/server/claims/get-document-annotations";
import { listClaims } from "@/lib/server/claims/list-claims";
import { reanchorClaim } from "@/lib/server/claims/reanchor-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { call, ctx, errorOf, tokenFor } from "./api";
import { actorOf, claimRowCounts, codeOf, rangeOf, seedDoc, storedMarks, workspaceWithEveryRole, type TWorld } from "./helpers";

const ORIGIN = "http://localhost";

async function world() {
  const w = await workspaceWithEveryRole();
  const doc = await seedDoc(w);
  // Made by the spare editor, so each role's own audit trail below is exactly its own operations.
  const claim = await createClaim({ actor: actorOf(w.target), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
  return { w, doc, claim };
}

/** Every claim operation as `who`, each answering its AppError code (or OK). */
async function everyOperation(w: TWorld, who: { id: string }, documentId: string, claimId: string, slug = w.slug) {
  const actor = actorOf(who);
  const claimRange = await rangeOf(documentId, "the port authority");
  const current = await db.claim.findUnique({ where: { id: claimId }, select: { version: true } });
  return {
    list: await codeOf(listClaims({ actor, workspaceSlug: slug })),
    get: await codeOf(getClaim({ actor, workspaceSlug: slug, claimId })),
    csv: await codeOf(exportClaimsCsv({ actor, workspaceSlug: slug, origin: ORIGIN })),
    annotations: await codeOf(getDocumentAnnotations({ actor, documentId, origin: ORIGIN })),
    create: await codeOf(createClaim({ actor, workspaceSlug: slug, documentId, ...claimRange })),
    update: await codeOf(updateClaim({ actor, workspaceSlug: slug, claimId, version: current?.version ?? 1, checkworthiness: 3 })),
    reanchor: await codeOf(reanchorClaim({ actor, workspaceSlug: slug, claimId, ...(await rangeOf(documentId, "third month")) })),
    delete: await codeOf(deleteClaim({ actor, workspaceSlug: slug, claimId })),
  };
}

const ALL_OK = { list: "OK", get: "OK", csv: "OK", annotations: "OK", create: "OK", update: "OK", reanchor: "OK", delete: "OK" };

describe("who may do what with claims", () => {
  it.each(["owner", "admin", "editor", "reviewer"] as const)("a %s may do everything", async (role) => {
    const { w, doc, claim } = await world();
    expect(await everyOperation(w, w[role], doc.id, claim.id)).toEqual(ALL_OK);
    const audits = await db.auditEvent.findMany({ where: { workspaceId: w.ws.id, action: { startsWith: "claim." }, actorId: w[role].id }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["claim.created", "claim.deleted", "claim.reanchored", "claim.updated"]);
  });

  it("a viewer may list, read and export but not create, edit, re-anchor or delete (403, nothing written)", async () => {
    const { w, doc, claim } = await world();
    const before = { counts: await claimRowCounts(w.ws.id), marks: await storedMarks(doc.id), row: await db.claim.findUniqueOrThrow({ where: { id: claim.id } }) };
    expect(await everyOperation(w, w.viewer, doc.id, claim.id)).toEqual({
      list: "OK",
      get: "OK",
      csv: "OK",
      annotations: "OK",
      create: "FORBIDDEN",
      update: "FORBIDDEN",
      reanchor: "FORBIDDEN",
      delete: "FORBIDDEN",
    });
    expect(await claimRowCounts(w.ws.id)).toEqual(before.counts);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(before.row);
    expect(Buffer.from((await storedMarks(doc.id)).ydoc)).toEqual(Buffer.from(before.marks.ydoc));
  });

  it("a non-member gets 404 for everything, even with real ids", async () => {
    const { w, doc, claim } = await world();
    const codes = await everyOperation(w, w.outsider, doc.id, claim.id);
    expect(codes).toEqual(Object.fromEntries(Object.keys(ALL_OK).map((k) => [k, "NOT_FOUND"])));
    expect(await claimRowCounts(w.ws.id)).toEqual({ claims: 1, audits: 1 });
  });

  it("another workspace's claim or document id reads as not found, even for a member of both", async () => {
    const a = await world();
    const b = await workspaceWithEveryRole();
    await db.membership.create({ data: { workspaceId: b.ws.id, userId: a.w.owner.id, role: "OWNER" } });
    const actor = actorOf(a.w.owner);
    // Through B's slug, A's claim and document do not exist.
    expect(await codeOf(getClaim({ actor, workspaceSlug: b.slug, claimId: a.claim.id }))).toBe("NOT_FOUND");
    expect(await codeOf(updateClaim({ actor, workspaceSlug: b.slug, claimId: a.claim.id, version: 1, text: "Moved?" }))).toBe("NOT_FOUND");
    expect(await codeOf(reanchorClaim({ actor, workspaceSlug: b.slug, claimId: a.claim.id, ...(await rangeOf(a.doc.id, "third month")) }))).toBe("NOT_FOUND");
    expect(await codeOf(deleteClaim({ actor, workspaceSlug: b.slug, claimId: a.claim.id }))).toBe("NOT_FOUND");
    expect(await codeOf(createClaim({ actor, workspaceSlug: b.slug, documentId: a.doc.id, ...(await rangeOf(a.doc.id, "third month")) }))).toBe("NOT_FOUND");
    expect((await listClaims({ actor, workspaceSlug: b.slug, documentId: a.doc.id })).total).toBe(0);
    expect((await listClaims({ actor, workspaceSlug: b.slug })).total).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: a.claim.id } })).toMatchObject({ version: 1, text: a.claim.text });
  });

  it("malformed ids are 404, not 500", async () => {
    const { w, doc } = await world();
    const actor = actorOf(w.editor);
    for (const claimId of ["not-a-uuid", "", "'; DROP TABLE \"Claim\"; --", "00000000-0000-4000-8000-000000000000"]) {
      expect(await codeOf(getClaim({ actor, workspaceSlug: w.slug, claimId }))).toBe("NOT_FOUND");
      expect(await codeOf(updateClaim({ actor, workspaceSlug: w.slug, claimId, version: 1, text: "x" }))).toBe("NOT_FOUND");
      expect(await codeOf(deleteClaim({ actor, workspaceSlug: w.slug, claimId }))).toBe("NOT_FOUND");
      expect(await codeOf(reanchorClaim({ actor, workspaceSlug: w.slug, claimId, ...(await rangeOf(doc.id, "third month")) }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(createClaim({ actor, workspaceSlug: w.slug, documentId: "nope", ...(await rangeOf(doc.id, "third month")) }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocumentAnnotations({ actor, documentId: "nope", origin: ORIGIN }))).toBe("NOT_FOUND");
    expect(await codeOf(listClaims({ actor, workspaceSlug: "no-such-workspace" }))).toBe("NOT_FOUND");
  });

  it("claims of a soft-deleted document are gone with it", async () => {
    const { w, doc, claim } = await world();
    await db.document.update({ where: { id: doc.id }, data: { deletedAt: new Date() } });
    const actor = actorOf(w.editor);
    expect(await codeOf(getClaim({ actor, workspaceSlug: w.slug, claimId: claim.id }))).toBe("NOT_FOUND");
    expect(await codeOf(updateClaim({ actor, workspaceSlug: w.slug, claimId: claim.id, version: 1, text: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(deleteClaim({ actor, workspaceSlug: w.slug, claimId: claim.id }))).toBe("NOT_FOUND");
    expect(await codeOf(createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, start: 0, end: 4, exact: "Port" }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocumentAnnotations({ actor, documentId: doc.id, origin: ORIGIN }))).toBe("NOT_FOUND");
    expect((await listClaims({ actor, workspaceSlug: w.slug })).total).toBe(0);
  });

  it("through HTTP: no or bad credentials 401, outsiders 404, viewers 403 on writes", async () => {
    const { w, doc, claim } = await world();
    const bogus = "fdk_not-a-real-token";
    const outsider = await tokenFor(w.outsider.id);
    const viewer = await tokenFor(w.viewer.id);
    const base = `/api/w/${w.slug}/claims`;
    const p = ctx({ slug: w.slug });
    const one = ctx({ slug: w.slug, id: claim.id });
    const annotations = ctx({ id: doc.id });
    const range = await rangeOf(doc.id, "third month");
    const body = { documentId: doc.id, ...range };
    const requests = (token: string) => [
      GET(call(token, base), p),
      POST(call(token, base, { method: "POST", json: body }), p),
      GET_ONE(call(token, `${base}/${claim.id}`), one),
      PATCH(call(token, `${base}/${claim.id}`, { method: "PATCH", json: { version: 1, text: "x" } }), one),
      DELETE(call(token, `${base}/${claim.id}`, { method: "DELETE" }), one),
      ANCHOR(call(token, `${base}/${claim.id}/anchor`, { method: "POST", json: range }), one),
      CSV(call(token, `${base}/export.csv`), p),
      ANNOTATIONS(call(token, `/api/documents/${doc.id}/annotations`), annotations),
    ];
    for (const res of await Promise.all(requests(bogus))) expect(await errorOf(res)).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    for (const res of await Promise.all(requests(outsider))) expect(await errorOf(res)).toMatchObject({ status: 404, code: "NOT_FOUND" });
    const asViewer = await Promise.all(requests(viewer));
    expect(asViewer.map((r) => r.status)).toEqual([200, 403, 200, 403, 403, 403, 200, 200]);
    expect(await claimRowCounts(w.ws.id)).toEqual({ claims: 1, audits: 1 });
  });
});
