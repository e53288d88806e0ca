import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { collectClaimRuns } from "@/lib/editor/text-map";
import { documentSchema, nodeToPlainText, yDocToJSON, yDocToNode, yStateToYDoc } from "@/lib/editor/ydoc-convert";
import { seedDemo } from "@/lib/server/seed/seed-demo";
import { connectClient, waitFor } from "@/tests/integration/collab/collab-client";
import { actorOf, startCollab } from "@/tests/integration/collab/fixtures";
import { issueCollabToken } from "@/lib/server/collab/issue-collab-token";
import { DEMO_CLAIMS } from "@/prisma/seed/demo-claims";
import { DEMO_USERS } from "@/prisma/seed/demo-content";
import { DEMO_DOCUMENTS } from "@/prisma/seed/demo-documents";

describe("demo seed", () => {
  it("creates the demo articles through the import path, with originals and audit records", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const docs = await db.document.findMany({ where: { workspaceId: ws.id }, include: { original: true, createdBy: true }, orderBy: { title: "asc" } });
    expect(docs.map((d) => d.title).sort()).toEqual(DEMO_DOCUMENTS.map((d) => d.title).sort());
    for (const doc of docs) {
      const demo = DEMO_DOCUMENTS.find((d) => d.title === doc.title)!;
      expect(doc.original).toMatchObject({ kind: "TEXT", text: demo.body });
      expect(doc.createdBy?.email).toBe(demo.importedBy);
      expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe(demo.publishedAt);
      expect(doc.text.split("\n\n").length).toBeGreaterThan(6);
      expect(yDocToJSON(yStateToYDoc(doc.ydoc!))).toEqual(doc.content);
      const words = demo.body.split(/\s+/).length;
      expect(words).toBeGreaterThan(300);
      expect(words).toBeLessThan(600);
    }
    expect(await db.auditEvent.count({ where: { workspaceId: ws.id, action: "document.imported" } })).toBe(DEMO_DOCUMENTS.length);
    // Seeding again changes nothing.
    expect(await seedDemo()).toEqual({ seeded: false });
    expect(await db.document.count({ where: { workspaceId: ws.id } })).toBe(DEMO_DOCUMENTS.length);
  });

  it("marks claims in the demo articles: several statuses, overlapping pairs, one detached, every anchor true to the text", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const claims = await db.claim.findMany({ where: { workspaceId: ws.id }, include: { document: true, assignee: true, createdBy: true } });
    expect(claims).toHaveLength(DEMO_CLAIMS.length);

    const statuses = new Set(claims.map((c) => c.status));
    for (const s of ["DRAFT", "RESEARCHING", "IN_REVIEW", "APPROVED"] as const) expect(statuses, s).toContain(s);
    const demoEmails = DEMO_USERS.map((u) => u.email) as string[];
    expect(claims.filter((c) => c.assignee).length).toBeGreaterThan(claims.length / 2);
    for (const c of claims) {
      if (c.assignee) expect(demoEmails).toContain(c.assignee.email);
      expect(demoEmails).toContain(c.createdBy?.email);
      expect(c.checkworthiness).toBeGreaterThanOrEqual(1);
      expect(c.checkworthiness).toBeLessThanOrEqual(5);
      expect(c.claimant).toBeTruthy();
      expect(c.claimDate).toBeInstanceOf(Date);
      expect(c.tags.length).toBeGreaterThan(0);
      expect(c.appearanceUrl).toBe(c.document.sourceUrl);
    }
    expect(claims.every((c) => c.document.workspaceId === ws.id)).toBe(true);

    const attached = claims.filter((c) => !c.detachedAt);
    const detached = claims.filter((c) => c.detachedAt);
    expect(detached).toHaveLength(1);

    // A claim nested inside a longer one, and two that cross, in the same document.
    const overlapsIn = (a: (typeof claims)[number], b: (typeof claims)[number]) =>
      a.id !== b.id && a.documentId === b.documentId && a.positionStart < b.positionEnd && b.positionStart < a.positionEnd;
    const nested = attached.filter((a) => attached.some((b) => overlapsIn(a, b) && b.positionStart <= a.positionStart && a.positionEnd <= b.positionEnd && b.positionEnd - b.positionStart > a.positionEnd - a.positionStart));
    expect(nested.length).toBeGreaterThanOrEqual(1);
    const crossing = attached.filter((a) => attached.some((b) => overlapsIn(a, b) && a.positionStart < b.positionStart && a.positionEnd < b.positionEnd));
    expect(crossing.length).toBeGreaterThanOrEqual(1);

    for (const doc of await db.document.findMany({ where: { workspaceId: ws.id } })) {
      const fromYjs = yDocToNode(yStateToYDoc(doc.ydoc!));
      const fromJson = documentSchema().nodeFromJSON(doc.content as JSONContent);
      expect(nodeToPlainText(fromYjs)).toBe(doc.text);
      expect(yDocToJSON(yStateToYDoc(doc.ydoc!))).toEqual(doc.content);
      const runsInYjs = collectClaimRuns(fromYjs);
      const runsInJson = collectClaimRuns(fromJson);
      for (const c of claims.filter((x) => x.documentId === doc.id)) {
        if (c.detachedAt) {
          // No mark anywhere, old quote kept; re-anchoring proposes the retyped sentence.
          expect(runsInYjs.has(c.id)).toBe(false);
          expect(doc.text.includes(c.quoteExact)).toBe(false);
          const proposal = findQuote(doc.text, { exact: c.quoteExact, prefix: c.quotePrefix, suffix: c.quoteSuffix }, { start: c.positionStart });
          expect(proposal).toMatchObject({ start: c.positionStart, end: c.positionEnd });
          continue;
        }
        expect(doc.text.slice(c.positionStart, c.positionEnd)).toBe(c.quoteExact);
        expect(quoteSelectorAt(doc.text, c.positionStart, c.positionEnd)).toEqual({ exact: c.quoteExact, prefix: c.quotePrefix, suffix: c.quoteSuffix });
        expect(runsInYjs.get(c.id), c.quoteExact).toEqual([{ start: c.positionStart, end: c.positionEnd }]);
        expect(runsInJson.get(c.id)).toEqual([{ start: c.positionStart, end: c.positionEnd }]);
      }
      // No mark without its claim.
      for (const id of runsInYjs.keys()) expect(attached.map((c) => c.id)).toContain(id);
    }
    expect(await db.auditEvent.count({ where: { workspaceId: ws.id, action: "claim.created" } })).toBe(DEMO_CLAIMS.length);
  });

  it("the seeded marks live through the collab server: typing before them moves every anchor, none detaches", async () => {
    await seedDemo();
    const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
    const doc = await db.document.findFirstOrThrow({ where: { workspaceId: ws.id, title: DEMO_CLAIMS[0]!.document } });
    const before = await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
    expect(before.filter((c) => !c.detachedAt).length).toBeGreaterThan(3);
    // Claims of this article are in review, which locks its text; this test is about the marks, so it lifts those locks.
    await db.textLock.deleteMany({ where: { documentId: doc.id } });
    const collab = await startCollab();
    const token = (await issueCollabToken({ actor: actorOf(admin), workspaceSlug: ws.slug, documentId: doc.id })).token;
    const client = connectClient({ url: collab.url, documentName: `doc:${doc.id}`, token });
    try {
      await client.acked();
      const inserted = "Updated: ";
      // Into the heading, the first block: every claim's text moves by the insertion.
      client.type(inserted, 0);
      await client.acked();
      const stored = await waitFor(async () => {
        const d = await db.document.findUniqueOrThrow({ where: { id: doc.id } });
        return d.text.startsWith(inserted) ? d : null;
      });
      const after = await waitFor(async () => {
        const rows = await db.claim.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
        return rows.every((c, i) => c.detachedAt || c.positionStart === before[i]!.positionStart + inserted.length) ? rows : null;
      });
      for (const [i, c] of after.entries()) {
        expect(Boolean(c.detachedAt), c.quoteExact).toBe(Boolean(before[i]!.detachedAt));
        expect(c.quoteExact).toBe(before[i]!.quoteExact);
        if (!c.detachedAt) expect(stored.text.slice(c.positionStart, c.positionEnd)).toBe(c.quoteExact);
      }
      const runs = collectClaimRuns(yDocToNode(yStateToYDoc(stored.ydoc!)));
      expect(runs.size).toBe(after.filter((c) => !c.detachedAt).length);
    } finally {
      client.destroy();
      await collab.close();
    }
  });
});
