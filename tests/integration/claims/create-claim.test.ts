import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { updateDocumentMetadata } from "@/lib/server/documents/update-document-metadata";
import { actorOf, claimRowCounts, rangeOf, seedDoc, storedMarks, workspaceWithEveryRole } from "./helpers";

describe("createClaim", () => {
  it("marks the range in the stored Y.js state and JSON, writes the row with selectors and an audit event", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const range = await rangeOf(doc.id, "unemployment is at a record low of 3.1 percent");
    const before = await storedMarks(doc.id);
    const claim = await createClaim({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, documentId: doc.id, ...range, claimant: "The mayor", tags: [" jobs ", "Jobs", "economy"] });
    expect(claim).toMatchObject({
      documentId: doc.id,
      documentTitle: "Port traffic falls 12%",
      status: "DRAFT",
      text: range.exact,
      claimant: "The mayor",
      tags: ["jobs", "economy"],
      detachedAt: null,
      version: 1,
      createdBy: { id: w.reviewer.id },
      quote: { exact: range.exact, start: range.start, end: range.end, prefix: expect.stringMatching(/claimed that $/), suffix: "." },
    });
    const after = await storedMarks(doc.id);
    expect(after.quoted(claim.id)).toEqual([range.exact]);
    expect(after.jsonClaimIds).toEqual(new Set([claim.id]));
    expect(after.text).toBe(before.text);
    expect(after.storedText).toBe(before.storedText);
    expect(after.version).toBe(before.version + 1);
    expect(await claimRowCounts(w.ws.id)).toEqual({ claims: 1, audits: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: w.ws.id, action: "claim.created" } });
    expect(audit).toMatchObject({ actorId: w.reviewer.id, targetId: claim.id, data: { quote: range.exact, documentId: doc.id } });
  });

  it("defaults: text is the quote with whitespace collapsed (a claim may span paragraphs), appearanceUrl is the document's source URL unless given or cleared", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    await updateDocumentMetadata({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, sourceUrl: "https://news.example/port" });
    const actor = actorOf(w.editor);
    const across = await rangeOf(doc.id, "on Monday.\n\nThe mayor");
    const a = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...across });
    expect(a).toMatchObject({ text: "on Monday. The mayor", appearanceUrl: "https://news.example/port", quote: { exact: "on Monday.\n\nThe mayor" } });
    expect((await storedMarks(doc.id)).quoted(a.id)).toEqual(["on Monday.\n\nThe mayor"]);
    const b = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "third month")), appearanceUrl: null, text: "  It fell for   three months. " });
    expect(b).toMatchObject({ appearanceUrl: null, text: "It fell for three months." });
    const c = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo")), appearanceUrl: "https://tv.example/clip", status: "RESEARCHING", dueDate: "2026-12-31" });
    expect(c).toMatchObject({ appearanceUrl: "https://tv.example/clip", status: "RESEARCHING", dueDate: "2026-12-31" });
  });
});
