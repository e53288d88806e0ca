import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { actorOf, rangeOf, seedDoc, workspaceWithEveryRole, type TWorld } from "../claims/helpers";

export { call, ctx, errorOf, tokenFor } from "../claims/api";
export { actorOf, codeOf, rangeOf, seedDoc, workspaceWithEveryRole, type TWorld } from "../claims/helpers";

/** A workspace with every role, one document and two claims on it (made by the spare editor). */
export async function evidenceWorld() {
  const w = await workspaceWithEveryRole();
  const doc = await seedDoc(w);
  const claim = await createClaim({ actor: actorOf(w.target), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "unemployment is at a record low")) });
  const other = await createClaim({ actor: actorOf(w.target), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
  return { w, doc, claim, other };
}

/** Everything the evidence feature writes in a workspace, to prove a refused call wrote nothing. */
export async function evidenceRows(workspaceId: string) {
  const [sources, evidence, snapshots, audits] = await Promise.all([
    db.source.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    db.evidence.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    db.sourceSnapshot.count({ where: { workspaceId } }),
    db.auditEvent.count({ where: { workspaceId, OR: [{ action: { startsWith: "source." } }, { action: { startsWith: "evidence." } }] } }),
  ]);
  return { sources, evidence, snapshots, audits };
}

/** A finished capture of a source with the given text, as the capture job would store it. */
export async function capturedSnapshot(w: TWorld, sourceId: string, text: string) {
  return db.sourceSnapshot.create({
    data: {
      workspaceId: w.ws.id,
      sourceId,
      status: "OK",
      requestedUrl: "https://example.org/",
      finalUrl: "https://example.org/",
      httpStatus: 200,
      contentType: "text/html",
      contentHash: "0".repeat(64),
      byteSize: text.length,
      text,
      html: `<p>${text}</p>`,
      attempts: 1,
      fetchedAt: new Date(),
    },
  });
}
