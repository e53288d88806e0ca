import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { yDocToJSON, yStateToYDoc } from "@/lib/editor/ydoc-convert";
import { seedDemo } from "@/lib/server/seed/seed-demo";
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
});
