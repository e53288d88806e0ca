import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDocument } from "@/lib/server/documents/get-document";
import { importDocument } from "@/lib/server/documents/import-document";
import { lockDocumentText } from "@/lib/server/documents/lock-document-text";
import { unlockDocumentText } from "@/lib/server/documents/unlock-document-text";
import { actorOf, codeOf, workspaceWithEveryRole } from "./helpers";
import { auditCount } from "../workspaces/fixtures";

async function world() {
  const w = await workspaceWithEveryRole();
  const doc = await importDocument({ actor: actorOf(w.editor), workspaceSlug: w.slug, kind: "text", content: "Title\n\nThe council met in July." });
  return { ...w, doc };
}

describe("locking a document's text", () => {
  it("editors and above lock and unlock, each with an audit event; the document says who locked it", async () => {
    const w = await world();
    const { lock, changed } = await lockDocumentText({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: w.doc.id });
    expect(changed).toBe(true);
    expect(lock).toMatchObject({ scope: "DOCUMENT", lockedBy: { id: w.editor.id } });
    const read = await getDocument({ actor: actorOf(w.viewer), workspaceSlug: w.slug, documentId: w.doc.id });
    expect(read.textLock).toMatchObject({ scope: "DOCUMENT", lockedBy: { id: w.editor.id } });
    expect(await auditCount(w.ws.id, "document.text_locked")).toBe(1);

    expect(await unlockDocumentText({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, documentId: w.doc.id })).toEqual({ changed: true });
    expect((await getDocument({ actor: actorOf(w.viewer), workspaceSlug: w.slug, documentId: w.doc.id })).textLock).toBeNull();
    const unlocked = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "document.text_unlocked" } });
    expect(unlocked).toMatchObject({ actorId: w.reviewer.id, targetId: w.doc.id });
    expect(unlocked.data).toMatchObject({ lockedById: w.editor.id });

    for (const who of [w.admin, w.owner]) {
      expect(await codeOf(lockDocumentText({ actor: actorOf(who), workspaceSlug: w.slug, documentId: w.doc.id }))).toBe("OK");
      expect(await codeOf(unlockDocumentText({ actor: actorOf(who), workspaceSlug: w.slug, documentId: w.doc.id }))).toBe("OK");
    }
  });

  it("refuses viewers (403), outsiders, other workspaces' and deleted documents and bad ids (404), and extra fields (400)", async () => {
    const w = await world();
    const other = await world();
    const lock = (who: { id: string }, documentId: string, slug = w.slug) => codeOf(lockDocumentText({ actor: actorOf(who), workspaceSlug: slug, documentId }));
    expect(await lock(w.viewer, w.doc.id)).toBe("FORBIDDEN");
    expect(await lock(w.outsider, w.doc.id)).toBe("NOT_FOUND");
    expect(await lock(w.editor, other.doc.id)).toBe("NOT_FOUND");
    expect(await lock(other.editor, w.doc.id, other.slug)).toBe("NOT_FOUND");
    expect(await lock(w.editor, "not-a-uuid")).toBe("NOT_FOUND");
    expect(await codeOf(lockDocumentText({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: w.doc.id, scope: "PARAGRAPH" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(unlockDocumentText({ actor: actorOf(w.viewer), workspaceSlug: w.slug, documentId: w.doc.id }))).toBe("FORBIDDEN");
    await db.document.update({ where: { id: w.doc.id }, data: { deletedAt: new Date() } });
    expect(await lock(w.editor, w.doc.id)).toBe("NOT_FOUND");
    expect(await db.textLock.count({ where: { workspaceId: w.ws.id } })).toBe(0);
    expect(await auditCount(w.ws.id, "document.text_locked")).toBe(0);
  });

  it("two people locking at once make one lock and one audit event; unlocking twice records once", async () => {
    const w = await world();
    const results = await Promise.all([w.editor, w.reviewer, w.admin, w.owner].map((u) => lockDocumentText({ actor: actorOf(u), workspaceSlug: w.slug, documentId: w.doc.id })));
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await db.textLock.count({ where: { documentId: w.doc.id } })).toBe(1);
    expect(await auditCount(w.ws.id, "document.text_locked")).toBe(1);
    const unlocks = await Promise.all([w.editor, w.owner].map((u) => unlockDocumentText({ actor: actorOf(u), workspaceSlug: w.slug, documentId: w.doc.id })));
    expect(unlocks.filter((r) => r.changed)).toHaveLength(1);
    expect(await auditCount(w.ws.id, "document.text_unlocked")).toBe(1);
  });
});
