import { describe, expect, it } from "vitest";
import { GET as GET_SOURCE } from "@/app/api/w/[slug]/sources/[id]/route";
import { PATCH as PATCH_EVIDENCE } from "@/app/api/w/[slug]/evidence/[id]/route";
import { db } from "@/lib/db";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { deleteEvidence } from "@/lib/server/evidence/delete-evidence";
import { listClaimEvidence } from "@/lib/server/evidence/list-claim-evidence";
import { reorderEvidence } from "@/lib/server/evidence/reorder-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { getSource } from "@/lib/server/sources/get-source";
import { listSources } from "@/lib/server/sources/list-sources";
import { updateSource } from "@/lib/server/sources/update-source";
import { actorOf, call, codeOf, ctx, errorOf, evidenceRows, evidenceWorld, tokenFor, type TWorld } from "./helpers";

/** A world with one cited source (with one piece of evidence) and one uncited source, all without URLs. */
async function world() {
  const base = await evidenceWorld();
  const { w, claim } = base;
  const mk = async (title: string) =>
    (await createSource({ actor: actorOf(w.target), workspaceSlug: w.slug, title, description: "Notes kept by the desk.", type: "INTERVIEW" })).source;
  const cited = await mk("Cited interview");
  const spare = await mk("Spare interview");
  const evidence = await addEvidence({ actor: actorOf(w.target), workspaceSlug: w.slug, claimId: claim.id, sourceId: cited.id, stance: "SUPPORTS" });
  return { ...base, cited, spare, evidence };
}

/** Every source and evidence operation as `who`, each answering its AppError code (or OK). */
async function everyOperation(x: Awaited<ReturnType<typeof world>>, who: { id: string }, slug = x.w.slug) {
  const actor = actorOf(who);
  const version = async () => (await db.evidence.findUnique({ where: { id: x.evidence.id }, select: { version: true } }))?.version ?? 1;
  const sourceVersion = async () => (await db.source.findUnique({ where: { id: x.cited.id }, select: { version: true } }))?.version ?? 1;
  return {
    listSources: await codeOf(listSources({ actor, workspaceSlug: slug })),
    getSource: await codeOf(getSource({ actor, workspaceSlug: slug, sourceId: x.cited.id })),
    listEvidence: await codeOf(listClaimEvidence({ actor, workspaceSlug: slug, claimId: x.claim.id })),
    createSource: await codeOf(createSource({ actor, workspaceSlug: slug, title: `By ${who.id}`, description: "A call." })),
    updateSource: await codeOf(updateSource({ actor, workspaceSlug: slug, sourceId: x.cited.id, version: await sourceVersion(), publisher: "Desk" })),
    addEvidence: await codeOf(addEvidence({ actor, workspaceSlug: slug, claimId: x.claim.id, sourceId: x.cited.id, stance: "CONTEXT", excerpt: "words" })),
    addWithNewSource: await codeOf(
      addEvidence({ actor, workspaceSlug: slug, claimId: x.claim.id, source: { title: `New by ${who.id}`, description: "A call." }, stance: "REFUTES" }),
    ),
    updateEvidence: await codeOf(updateEvidence({ actor, workspaceSlug: slug, evidenceId: x.evidence.id, version: await version(), note: "checked" })),
    reorder: await codeOf(
      (async () => {
        const ids = (await db.evidence.findMany({ where: { claimId: x.claim.id }, orderBy: { position: "desc" }, select: { id: true } })).map((e) => e.id);
        return reorderEvidence({ actor, workspaceSlug: slug, claimId: x.claim.id, order: ids });
      })(),
    ),
    deleteEvidence: await codeOf(deleteEvidence({ actor, workspaceSlug: slug, evidenceId: x.evidence.id })),
    deleteSource: await codeOf(deleteSource({ actor, workspaceSlug: slug, sourceId: x.spare.id })),
  };
}

const ALL_OK = {
  listSources: "OK",
  getSource: "OK",
  listEvidence: "OK",
  createSource: "OK",
  updateSource: "OK",
  addEvidence: "OK",
  addWithNewSource: "OK",
  updateEvidence: "OK",
  reorder: "OK",
  deleteEvidence: "OK",
  deleteSource: "OK",
};

const READ_ONLY = (write: "FORBIDDEN" | "NOT_FOUND", read: "OK" | "NOT_FOUND") => ({
  listSources: read,
  getSource: read,
  listEvidence: read,
  createSource: write,
  updateSource: write,
  addEvidence: write,
  addWithNewSource: write,
  updateEvidence: write,
  reorder: write,
  deleteEvidence: write,
  deleteSource: write,
});

describe("who may do what with sources and evidence", () => {
  it.each(["owner", "admin", "editor", "reviewer"] as const)("a %s may read, add, edit, reorder and remove (reviewers research too)", async (role) => {
    const x = await world();
    expect(await everyOperation(x, x.w[role])).toEqual(ALL_OK);
    const audits = await db.auditEvent.findMany({ where: { workspaceId: x.w.ws.id, actorId: x.w[role].id, OR: [{ action: { startsWith: "source." } }, { action: { startsWith: "evidence." } }] }, select: { action: true } });
    expect([...new Set(audits.map((a) => a.action))].sort()).toEqual([
      "evidence.added",
      "evidence.removed",
      "evidence.reordered",
      "evidence.updated",
      "source.created",
      "source.deleted",
      "source.updated",
    ]);
  });

  it("a viewer may read but every write is 403 and writes nothing", async () => {
    const x = await world();
    const before = await evidenceRows(x.w.ws.id);
    expect(await everyOperation(x, x.w.viewer)).toEqual(READ_ONLY("FORBIDDEN", "OK"));
    expect(await evidenceRows(x.w.ws.id)).toEqual(before);
  });

  it("someone outside the workspace gets 404 for everything, writes nothing", async () => {
    const x = await world();
    const before = await evidenceRows(x.w.ws.id);
    expect(await everyOperation(x, x.w.outsider)).toEqual(READ_ONLY("NOT_FOUND", "NOT_FOUND"));
    expect(await evidenceRows(x.w.ws.id)).toEqual(before);
  });

  it("ids of another workspace answer 404 through a workspace the caller belongs to, and nothing is written", async () => {
    const x = await world();
    const y: TWorld = (await evidenceWorld()).w;
    // The editor of x is also an editor of y: the ids are x's, the slug is y's.
    await db.membership.create({ data: { workspaceId: y.ws.id, userId: x.w.editor.id, role: "EDITOR" } });
    const before = { x: await evidenceRows(x.w.ws.id), y: await evidenceRows(y.ws.id) };
    const ops = await everyOperation(x, x.w.editor, y.slug);
    expect(ops).toEqual({ ...READ_ONLY("NOT_FOUND", "NOT_FOUND"), listSources: "OK", createSource: "OK" });
    // Only the one legitimate create (in y) happened.
    expect(await evidenceRows(x.w.ws.id)).toEqual(before.x);
    expect((await evidenceRows(y.ws.id)).sources.length).toBe(before.y.sources.length + 1);

    // Citing a source of another workspace on one's own claim: 404, not a cross-workspace link.
    const { w: z, claim: zClaim } = await evidenceWorld();
    expect(await codeOf(addEvidence({ actor: actorOf(z.editor), workspaceSlug: z.slug, claimId: zClaim.id, sourceId: x.cited.id, stance: "SUPPORTS" }))).toBe("NOT_FOUND");
    expect(await db.evidence.count({ where: { claimId: zClaim.id } })).toBe(0);
    // Reordering with another claim's evidence id: 400, that evidence untouched.
    expect(await codeOf(reorderEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.other.id, order: [x.evidence.id] }))).toBe("BAD_REQUEST");
    expect(await db.evidence.findUniqueOrThrow({ where: { id: x.evidence.id }, select: { claimId: true } })).toEqual({ claimId: x.claim.id });
  });

  it("malformed ids are 404 at the edge, never a database error", async () => {
    const x = await world();
    const token = await tokenFor(x.w.editor.id);
    for (const id of ["not-a-uuid", "1", "00000000-0000-0000-0000-000000000000"]) {
      const res = await GET_SOURCE(call(token, `/api/w/${x.w.slug}/sources/${id}`), ctx({ slug: x.w.slug, id }));
      expect(await errorOf(res)).toMatchObject({ status: 404, code: "NOT_FOUND" });
      const patch = await PATCH_EVIDENCE(call(token, `/api/w/${x.w.slug}/evidence/${id}`, { method: "PATCH", json: { version: 1, note: "x" } }), ctx({ slug: x.w.slug, id }));
      expect(await errorOf(patch)).toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
    expect(await codeOf(addEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: x.claim.id, sourceId: "nope", stance: "SUPPORTS" }))).toBe("NOT_FOUND");
    expect(await codeOf(listClaimEvidence({ actor: actorOf(x.w.editor), workspaceSlug: x.w.slug, claimId: "nope" }))).toBe("NOT_FOUND");
  });

  it("a viewer's write through the API is a 403 with a message", async () => {
    const x = await world();
    const res = await PATCH_EVIDENCE(
      call(await tokenFor(x.w.viewer.id), `/api/w/${x.w.slug}/evidence/${x.evidence.id}`, { method: "PATCH", json: { version: 1, stance: "REFUTES" } }),
      ctx({ slug: x.w.slug, id: x.evidence.id }),
    );
    expect(await errorOf(res)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: x.evidence.id }, select: { stance: true, version: true } })).toEqual({ stance: "SUPPORTS", version: 1 });
  });
});
