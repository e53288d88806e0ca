import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { trashDocument } from "@/lib/server/documents/trash-document";
import { getDocument } from "@/lib/server/documents/get-document";
import { importDocument } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { updateDocumentMetadata } from "@/lib/server/documents/update-document-metadata";
import { actorOf, codeOf, importRowCounts, workspaceWithEveryRole, type TWorld } from "./helpers";

async function seedDoc(w: TWorld, title = "Port traffic falls 12%") {
  return importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: `${title}\n\nCargo volumes fell for the third month in a row, the port authority said.` });
}

describe("who may do what with documents", () => {
  it("a non-member gets 404 for everything, even with a real document id", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const a = actorOf(w.outsider);
    expect(await codeOf(listDocuments({ actor: a, workspaceSlug: w.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocument({ actor: a, workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect(await codeOf(importDocument({ actor: a, workspaceSlug: w.slug, kind: "text", content: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(updateDocumentMetadata({ actor: a, workspaceSlug: w.slug, documentId: doc.id, title: "Hacked" }))).toBe("NOT_FOUND");
    expect(await codeOf(trashDocument({ actor: a, workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).title).toBe("Port traffic falls 12%");
  });

  it("another workspace's document id reads as not found, even for that workspace's own members", async () => {
    const a = await workspaceWithEveryRole();
    const b = await workspaceWithEveryRole();
    const docA = await seedDoc(a);
    await db.membership.create({ data: { workspaceId: b.ws.id, userId: a.owner.id, role: "OWNER" } });
    // a.owner is an owner of both; asking for A's document through B's slug must not find it.
    const actor = actorOf(a.owner);
    expect(await codeOf(getDocument({ actor, workspaceSlug: b.slug, documentId: docA.id }))).toBe("NOT_FOUND");
    expect(await codeOf(updateDocumentMetadata({ actor, workspaceSlug: b.slug, documentId: docA.id, title: "Moved?" }))).toBe("NOT_FOUND");
    expect(await codeOf(trashDocument({ actor, workspaceSlug: b.slug, documentId: docA.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocument({ actor, workspaceSlug: a.slug, documentId: "not-a-uuid" }))).toBe("NOT_FOUND");
    expect((await listDocuments({ actor, workspaceSlug: b.slug })).total).toBe(0);
  });

  it("a viewer can list and read but not import, edit or delete (403, nothing written, not even a fetch)", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const v = actorOf(w.viewer);
    expect((await listDocuments({ actor: v, workspaceSlug: w.slug })).documents.map((d) => d.id)).toEqual([doc.id]);
    const got = await getDocument({ actor: v, workspaceSlug: w.slug, documentId: doc.id });
    expect(got.canEdit).toBe(false);
    expect(got.text).toContain("Cargo volumes fell");
    expect(await codeOf(importDocument({ actor: v, workspaceSlug: w.slug, kind: "text", content: "Viewer text" }))).toBe("FORBIDDEN");
    // Refused before fetching: a private URL would otherwise answer BAD_REQUEST.
    expect(await codeOf(importDocument({ actor: v, workspaceSlug: w.slug, kind: "url", url: "http://169.254.169.254/" }))).toBe("FORBIDDEN");
    expect(await codeOf(updateDocumentMetadata({ actor: v, workspaceSlug: w.slug, documentId: doc.id, title: "Viewer edit" }))).toBe("FORBIDDEN");
    expect(await codeOf(trashDocument({ actor: v, workspaceSlug: w.slug, documentId: doc.id }))).toBe("FORBIDDEN");
    expect(await importRowCounts(w.ws.id)).toEqual({ documents: 1, imports: 1, audits: 1 });
  });

  it("editors, reviewers, admins and owners may import and edit; all but reviewers may delete", async () => {
    const w = await workspaceWithEveryRole();
    for (const who of [w.editor, w.reviewer, w.admin, w.owner]) {
      const doc = await importDocument({ actor: actorOf(who), workspaceSlug: w.slug, kind: "text", content: "Some article text." });
      await updateDocumentMetadata({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id, author: "Someone" });
      if (who === w.reviewer) expect(await codeOf(trashDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id }))).toBe("FORBIDDEN");
      else await trashDocument({ actor: actorOf(who), workspaceSlug: w.slug, documentId: doc.id });
    }
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.trashed" } })).toBe(3);
  });
});

describe("metadata updates and soft delete", () => {
  it("updates metadata, validates it, audits which fields changed", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const actor = actorOf(w.editor);
    const updated = await updateDocumentMetadata({
      actor,
      workspaceSlug: w.slug,
      documentId: doc.id,
      title: "  Port traffic falls 12% in March  ",
      publisher: "Harbour Times",
      author: "Ana Núñez",
      sourceUrl: "https://harbour.example.com/port-traffic",
      publishedAt: "2024-04-02",
    });
    expect(updated).toMatchObject({ title: "Port traffic falls 12% in March", publisher: "Harbour Times", author: "Ana Núñez", sourceUrl: "https://harbour.example.com/port-traffic", publishedAt: "2024-04-02", source: "Harbour Times" });
    const cleared = await updateDocumentMetadata({ actor, workspaceSlug: w.slug, documentId: doc.id, publisher: "", publishedAt: null });
    expect(cleared).toMatchObject({ publisher: null, publishedAt: null, source: "harbour.example.com" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "document.metadata_updated" }, orderBy: { id: "asc" } });
    expect(audit.data).toEqual({ fields: ["title", "publisher", "author", "sourceUrl", "publishedAt"] });

    for (const [input, message] of [
      [{ sourceUrl: "javascript:alert(1)" }, /must start with http/],
      [{ sourceUrl: "ftp://example.com/x" }, /must start with http/],
      [{ publishedAt: "2024-02-30" }, /YYYY-MM-DD/],
      [{ title: "   " }, /Give the document a title/],
      [{ content: { type: "doc" } }, /Unrecognized key/i],
      [{}, /Nothing to change/],
    ] as const) {
      const err = await updateDocumentMetadata({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(input as object) }).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(err?.message ?? "no error").toMatch(message);
    }
  });

  it("a trashed document disappears from list and get, stays in the database, and cannot be trashed twice", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const actor = actorOf(w.editor);
    await trashDocument({ actor, workspaceSlug: w.slug, documentId: doc.id });
    expect((await listDocuments({ actor, workspaceSlug: w.slug })).total).toBe(0);
    expect(await codeOf(getDocument({ actor, workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect(await codeOf(trashDocument({ actor, workspaceSlug: w.slug, documentId: doc.id }))).toBe("NOT_FOUND");
    expect(await codeOf(updateDocumentMetadata({ actor, workspaceSlug: w.slug, documentId: doc.id, title: "Back?" }))).toBe("NOT_FOUND");
    const row = await db.document.findUniqueOrThrow({ where: { id: doc.id }, include: { original: true } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.original).not.toBeNull();
    expect(await db.auditEvent.count({ where: { workspaceId: w.ws.id, action: "document.trashed", targetId: doc.id } })).toBe(1);
  });
});
