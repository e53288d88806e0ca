import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importDocument } from "@/lib/server/documents/import-document";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { actorOf, codeOf, workspaceWithEveryRole } from "./helpers";

async function worldWithTitles(titles: string[]) {
  const w = await workspaceWithEveryRole();
  const ids: Record<string, string> = {};
  for (const [i, title] of titles.entries()) {
    const doc = await importDocument({ actor: actorOf(i % 2 ? w.owner : w.editor), workspaceSlug: w.slug, kind: "text", content: `${title}\n\nBody of ${title}.` });
    ids[title] = doc.id;
    // Distinct, known timestamps: created in list order, last activity in reverse.
    await db.document.update({
      where: { id: doc.id },
      data: { createdAt: new Date(Date.UTC(2024, 0, 1 + i)), lastActivityAt: new Date(Date.UTC(2024, 5, 30 - i)) },
    });
  }
  return { w, ids };
}

const TITLES = ["Water Prices Rise Again", "Bus Fares Frozen Until June", "Airport Expansion Approved", "Water Quality Report Delayed", "City Budget Passes"];

describe("listing documents", () => {
  it("sorts by last activity (default, newest first), title and creation date, both ways", async () => {
    const { w } = await worldWithTitles(TITLES);
    const actor = actorOf(w.viewer);
    const titles = async (opts: object) => (await listDocuments({ actor, workspaceSlug: w.slug, ...opts })).documents.map((d) => d.title);
    expect(await titles({})).toEqual(TITLES);
    expect(await titles({ sort: "lastActivityAt", order: "asc" })).toEqual([...TITLES].reverse());
    expect(await titles({ sort: "title" })).toEqual([...TITLES].sort());
    expect(await titles({ sort: "title", order: "desc" })).toEqual([...TITLES].sort().reverse());
    expect(await titles({ sort: "createdAt" })).toEqual([...TITLES].reverse());
    expect(await titles({ sort: "createdAt", order: "asc" })).toEqual(TITLES);
  });

  it("filters by title, case-insensitively, with the total of matches", async () => {
    const { w } = await worldWithTitles(TITLES);
    const res = await listDocuments({ actor: actorOf(w.viewer), workspaceSlug: w.slug, q: "wATer", sort: "title" });
    expect(res.documents.map((d) => d.title)).toEqual(["Water Prices Rise Again", "Water Quality Report Delayed"]);
    expect(res.total).toBe(2);
    expect((await listDocuments({ actor: actorOf(w.viewer), workspaceSlug: w.slug, q: "100%_" })).total).toBe(0);
  });

  it("takes % and _ in a search literally: they match only titles containing them", async () => {
    const { w } = await worldWithTitles(["Turnout Up 5% in the North", "Snake_case Naming Survey", "Back\\slash Notes", ...TITLES]);
    const actor = actorOf(w.viewer);
    const titles = async (q: string) => (await listDocuments({ actor, workspaceSlug: w.slug, q, sort: "title" })).documents.map((d) => d.title);
    expect(await titles("%")).toEqual(["Turnout Up 5% in the North"]);
    expect(await titles("_")).toEqual(["Snake_case Naming Survey"]);
    expect(await titles("5%")).toEqual(["Turnout Up 5% in the North"]);
    // Unescaped, "w_ter" would match both "Water …" titles (_ = any one character); escaped it matches nothing.
    expect(await titles("w_ter")).toEqual([]);
    expect(await titles("\\")).toEqual(["Back\\slash Notes"]);
  });

  it("paginates without repeats or gaps and reports the page count", async () => {
    const { w } = await worldWithTitles(TITLES);
    const actor = actorOf(w.viewer);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await listDocuments({ actor, workspaceSlug: w.slug, sort: "title", page, pageSize: 2 });
      expect(res).toMatchObject({ total: 5, pageCount: 3, page, pageSize: 2 });
      seen.push(...res.documents.map((d) => d.title));
    }
    expect(seen).toEqual([...TITLES].sort());
    expect((await listDocuments({ actor, workspaceSlug: w.slug, page: 9, pageSize: 2 })).documents).toEqual([]);
  });

  it("shows who imported each document and where it came from", async () => {
    const { w, ids } = await worldWithTitles(["Only One"]);
    const [doc] = (await listDocuments({ actor: actorOf(w.viewer), workspaceSlug: w.slug })).documents;
    expect(doc).toMatchObject({ id: ids["Only One"], importedBy: { id: w.editor.id }, source: "Pasted", original: { kind: "TEXT" } });
    expect(doc).not.toHaveProperty("content");
  });

  it("refuses bad sort, order and page values with a 400", async () => {
    const { w } = await worldWithTitles([]);
    const actor = actorOf(w.viewer);
    expect(await codeOf(listDocuments({ actor, workspaceSlug: w.slug, sort: "password" as never }))).toBe("BAD_REQUEST");
    expect(await codeOf(listDocuments({ actor, workspaceSlug: w.slug, order: "sideways" as never }))).toBe("BAD_REQUEST");
    expect(await codeOf(listDocuments({ actor, workspaceSlug: w.slug, page: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(listDocuments({ actor, workspaceSlug: w.slug, pageSize: 1000 }))).toBe("BAD_REQUEST");
    expect((await listDocuments({ actor, workspaceSlug: w.slug })).pageCount).toBe(1);
  });
});
