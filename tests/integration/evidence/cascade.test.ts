import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { purgeTrashedDocuments } from "@/lib/server/documents/purge-trashed-documents";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { createFileSource } from "@/lib/server/sources/create-file-source";
import { deleteWorkspace } from "@/lib/server/workspaces/delete-workspace";
import { actorOf, capturedSnapshot, evidenceWorld } from "./helpers";

const PDF = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");

/** Sources are the library's: evidence goes with its claim, the source stays; a workspace takes all of it. */
describe("evidence when claims, documents and workspaces go", () => {
  it("purging a trashed document removes its claims' evidence and keeps the sources", async () => {
    const { w, doc, claim } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const offline = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, stance: "CONTEXT", source: { title: "Phone call with the ministry", description: "Called on 2 May." } });
    const file = await createFileSource({ actor, workspaceSlug: w.slug, fileName: "table.pdf", bytes: PDF });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, stance: "SUPPORTS", sourceId: file.source.id, excerpt: "Table 2" });
    await trashDocument({ actor, workspaceSlug: w.slug, documentId: doc.id });
    await db.document.update({ where: { id: doc.id }, data: { deletedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) } });
    await purgeTrashedDocuments();
    expect(await db.evidence.count({ where: { workspaceId: w.ws.id } })).toBe(0);
    expect(await db.source.count({ where: { id: { in: [offline.source.id, file.source.id] } } })).toBe(2);
    expect(await db.sourceFile.count({ where: { sourceId: file.source.id } })).toBe(1);
  });

  it("deleting a workspace deletes its sources, files, snapshots and evidence in one go", async () => {
    const { w, claim } = await evidenceWorld();
    const actor = actorOf(w.editor);
    const ev = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, stance: "REFUTES", source: { title: "Printed annual report", description: "Library copy, page 12." }, excerpt: "12 per cent" });
    await capturedSnapshot(w, ev.source.id, "The annual report says 12 per cent.");
    await createFileSource({ actor, workspaceSlug: w.slug, fileName: "scan.pdf", bytes: PDF });
    await deleteWorkspace({ actor: actorOf(w.owner), workspaceSlug: w.slug, confirmSlug: w.slug });
    const left = await Promise.all([
      db.source.count({ where: { workspaceId: w.ws.id } }),
      db.sourceFile.count({ where: { workspaceId: w.ws.id } }),
      db.sourceSnapshot.count({ where: { workspaceId: w.ws.id } }),
      db.evidence.count({ where: { workspaceId: w.ws.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0]);
  });
});
