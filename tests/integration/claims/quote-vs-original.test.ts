import type { Schema } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildTextMap, textRangeToPos } from "@/lib/editor/text-map";
import { createClaim } from "@/lib/server/claims/create-claim";
import { exportClaimsCsv } from "@/lib/server/claims/export-claims-csv";
import { getClaim } from "@/lib/server/claims/get-claim";
import { getDocumentAnnotations } from "@/lib/server/claims/get-document-annotations";
import { listClaims } from "@/lib/server/claims/list-claims";
import { storeDocumentState } from "@/lib/server/collab/store-document-state";
import { CLAIMS_CSV_COLUMNS } from "@/lib/domain/claims/claims-csv";
import { actorOf, appendPendingEdit, rangeOf, seedDoc, workspaceWithEveryRole } from "./helpers";

const ARTICLE = ["Jobs report", "The mayor said unemployment fell to 3.1 percent in July, a record low.", "Economists were surprised."].join("\n\n");

/** Replaces the first `from` in the text by `to`, keeping the marks there (a claim's mark stays on the edited words). */
const replaceWords = (from: string, to: string) => (tr: Transform, schema: Schema) => {
  const map = buildTextMap(tr.doc);
  const start = map.text.indexOf(from);
  const range = textRangeToPos(map, start, start + from.length)!;
  tr.replaceWith(range.from, range.to, schema.text(to, tr.doc.resolve(range.from + 1).marks()));
};

/** What a collab client's edit followed by the debounced store does to the durable document and its claims. */
async function editAndStore(documentId: string, edit: (tr: Transform, schema: Schema) => void) {
  await appendPendingEdit(documentId, edit);
  await storeDocumentState({ documentId, state: Y.encodeStateAsUpdate(new Y.Doc()) });
}

describe("claims whose quote no longer occurs in the original import", () => {
  it("are flagged in the API, the CSV and the W3C export, whose selectors keep describing the original's words", async () => {
    const w = await workspaceWithEveryRole();
    const actor = actorOf(w.editor);
    const doc = await seedDoc(w, ARTICLE);
    await db.document.update({ where: { id: doc.id }, data: { sourceUrl: "https://news.example/jobs" } });
    const edited = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "unemployment fell to 3.1 percent in July")) });
    const intact = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Economists were surprised")) });
    expect([edited.quoteInOriginal, intact.quoteInOriginal]).toEqual([true, true]);

    // The bug report: "July" changed to "June" inside the claimed sentence, and a working note typed in.
    await editAndStore(doc.id, replaceWords("July", "June"));
    await editAndStore(doc.id, replaceWords("The mayor said", "The mayor [REVIEWER: confirm titles] said"));
    const note = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "REVIEWER: confirm titles")) });

    const listed = await listClaims({ actor, workspaceSlug: w.slug, documentId: doc.id });
    const byId = new Map(listed.claims.map((c) => [c.id, c]));
    expect(byId.get(edited.id)).toMatchObject({ quote: { exact: "unemployment fell to 3.1 percent in June" }, quoteInOriginal: false });
    expect(byId.get(intact.id)!.quoteInOriginal).toBe(true);
    expect(byId.get(note.id)!.quoteInOriginal).toBe(false);
    expect((await getClaim({ actor, workspaceSlug: w.slug, claimId: edited.id })).quoteInOriginal).toBe(false);

    const { csv } = await exportClaimsCsv({ actor, origin: "https://app.example", workspaceSlug: w.slug, documentId: doc.id });
    const col = CLAIMS_CSV_COLUMNS.indexOf("quote_in_original");
    const rows = csv.slice(1).trim().split("\r\n").slice(1).map((r) => r.split(","));
    expect(new Map(rows.map((r) => [r[0], r[col]]))).toEqual(new Map([[edited.id, "no"], [intact.id, "yes"], [note.id, "no"]]));

    // The importer may take a title line out of the body: expectations come from the stored original.
    const { articleText } = await db.documentImport.findUniqueOrThrow({ where: { documentId: doc.id }, select: { articleText: true } });
    const start = articleText!.indexOf("unemployment fell");
    const page = await getDocumentAnnotations({ actor, documentId: doc.id, origin: "https://app.example" });
    const anno = (id: string) => page.items.find((i) => i.id.endsWith(id))!;
    expect(anno(edited.id).target.source).toBe("https://news.example/jobs");
    expect(anno(edited.id).target.selector[0]).toMatchObject({ exact: "unemployment fell to 3.1 percent in July", prefix: articleText!.slice(Math.max(0, start - 32), start) });
    expect(articleText!.slice(Math.max(0, start - 32), start)).toContain("The mayor said ");
    expect(anno(edited.id).target.selector[1]).toEqual({ type: "TextPositionSelector", start, end: start + "unemployment fell to 3.1 percent in July".length });
    expect(anno(edited.id).body.find((b) => b.purpose === "commenting")?.value).toMatch(/differs from the original article.*in June/);
    expect(anno(intact.id).target.selector[0]).toMatchObject({ exact: "Economists were surprised" });
    expect(anno(intact.id).body.some((b) => b.purpose === "commenting")).toBe(false);
    expect(anno(note.id).target.source).toBe(`https://app.example/w/${w.slug}/documents/${doc.id}`);
  });

  it("says nothing (null) for a document whose original text is not kept", async () => {
    const w = await workspaceWithEveryRole();
    const actor = actorOf(w.editor);
    const doc = await seedDoc(w, ARTICLE);
    await db.documentImport.update({ where: { documentId: doc.id }, data: { articleText: null, kind: "HTML" } });
    const claim = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Economists")) });
    expect(claim.quoteInOriginal).toBeNull();
  });
});
