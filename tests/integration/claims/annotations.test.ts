import { describe, expect, it } from "vitest";
import { GET as ANNOTATIONS } from "@/app/api/documents/[id]/annotations/route";
import { db } from "@/lib/db";
import { ANNO_CONTEXT, type TAnnotationPage } from "@/lib/domain/claims/web-annotation";
import { createClaim } from "@/lib/server/claims/create-claim";
import { updateDocumentMetadata } from "@/lib/server/documents/update-document-metadata";
import { annotationValidators } from "@/tests/unit/claims/annotation-schema";
import { call, ctx, errorOf, tokenFor } from "./api";
import { actorOf, rangeOf, seedDoc, workspaceWithEveryRole } from "./helpers";

const ORIGIN = "https://factdesk.example";

describe("GET /api/documents/{id}/annotations (W3C Web Annotation export)", () => {
  const { page: validPage, annotation: validAnnotation, explain } = annotationValidators();

  it("returns an AnnotationPage that the W3C Web Annotation schemas accept, with both selectors, creator and times", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const actor = actorOf(w.editor);
    const highlight = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
    const assessed = await createClaim({
      actor,
      workspaceSlug: w.slug,
      documentId: doc.id,
      ...(await rangeOf(doc.id, "unemployment is at a record low of 3.1 percent")),
      text: "Unemployment is at a record low (3.1%).",
      claimant: "The mayor",
      tags: ["jobs"],
    });
    const nested = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "record low")) });
    // A detached claim is still exported, with the selectors it had when last attached.
    await db.claim.update({ where: { id: nested.id }, data: { detachedAt: new Date() } });

    const token = await tokenFor(w.viewer.id);
    const res = await ANNOTATIONS(new Request(`${ORIGIN}/api/documents/${doc.id}/annotations`, { headers: { authorization: `Bearer ${token}` } }), ctx({ id: doc.id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const page = (await res.json()) as TAnnotationPage;

    expect(validPage(page), explain(validPage)).toBe(true);
    for (const item of page.items) expect(validAnnotation({ "@context": page["@context"], ...item }), explain(validAnnotation)).toBe(true);

    expect(page).toMatchObject({ "@context": ANNO_CONTEXT, type: "AnnotationPage", id: `${ORIGIN}/api/documents/${doc.id}/annotations` });
    // Text order; ids are absolute URLs under the request origin.
    expect(page.items.map((i) => i.id)).toEqual([highlight.id, assessed.id, nested.id].map((id) => `${ORIGIN}/api/w/${w.slug}/claims/${id}`));
    const [h, a, n] = page.items;
    expect(h).toMatchObject({ motivation: "highlighting", creator: { type: "Person", name: expect.stringContaining("editor") } });
    expect(a).toMatchObject({
      motivation: "assessing",
      body: [
        { type: "TextualBody", value: "Unemployment is at a record low (3.1%).", purpose: "describing" },
        { type: "TextualBody", value: "jobs", purpose: "tagging" },
      ],
      target: {
        // No source URL on a pasted document: the target is the document in the app.
        source: `${ORIGIN}/w/${w.slug}/documents/${doc.id}`,
        selector: [
          { type: "TextQuoteSelector", exact: assessed.quote.exact, prefix: assessed.quote.prefix, suffix: assessed.quote.suffix },
          { type: "TextPositionSelector", start: assessed.quote.start, end: assessed.quote.end },
        ],
      },
      created: assessed.createdAt,
      modified: expect.any(String),
    });
    expect(n!.target.selector[0].exact).toBe("record low");
    // The selectors are the document's text: the quote is what sits at the positions.
    const { text } = await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { text: true } });
    for (const item of page.items) {
      const [quote, position] = item.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
    }

    await updateDocumentMetadata({ actor, workspaceSlug: w.slug, documentId: doc.id, sourceUrl: "https://news.example/port-traffic" });
    const again = (await (await ANNOTATIONS(new Request(`${ORIGIN}/api/documents/${doc.id}/annotations`, { headers: { authorization: `Bearer ${token}` } }), ctx({ id: doc.id }))).json()) as TAnnotationPage;
    expect(new Set(again.items.map((i) => i.target.source))).toEqual(new Set(["https://news.example/port-traffic"]));
    expect(validPage(again), explain(validPage)).toBe(true);
  });

  it("the schema check can fail: a broken export is rejected", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    await createClaim({ actor: actorOf(w.editor), workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "Cargo volumes fell")) });
    const token = await tokenFor(w.editor.id);
    const page = (await (await ANNOTATIONS(call(token, `/api/documents/${doc.id}/annotations`), ctx({ id: doc.id }))).json()) as TAnnotationPage;
    expect(validPage(page)).toBe(true);
    const item = page.items[0]!;
    expect(validPage({ ...page, items: [{ ...item, motivation: "fact-checking" }] })).toBe(false);
    expect(validPage({ ...page, items: [{ ...item, target: { ...item.target, selector: [{ type: "TextPositionSelector", start: -1, end: 2 }] } }] })).toBe(false);
    expect(validPage({ ...page, items: [{ ...item, created: "yesterday" }] })).toBe(false);
    expect(validPage({ ...page, items: [{ ...item, id: "/relative" }] })).toBe(false);
    expect(validPage({ ...page, "@context": "http://schema.org" })).toBe(false);
  });

  it("members only: outsiders and other workspaces get 404, a deleted document 404, no credentials 401", async () => {
    const w = await workspaceWithEveryRole();
    const doc = await seedDoc(w);
    const path = `/api/documents/${doc.id}/annotations`;
    const p = ctx({ id: doc.id });
    expect(await errorOf(await ANNOTATIONS(call(await tokenFor(w.outsider.id), path), p))).toMatchObject({ status: 404, message: "Document not found." });
    expect(await errorOf(await ANNOTATIONS(call("fdk_not-a-real-token", path), p))).toMatchObject({ status: 401 });
    expect(await errorOf(await ANNOTATIONS(call(await tokenFor(w.editor.id), "/api/documents/nope/annotations"), ctx({ id: "nope" })))).toMatchObject({ status: 404 });
    const other = await workspaceWithEveryRole();
    expect(await errorOf(await ANNOTATIONS(call(await tokenFor(other.owner.id), path), p))).toMatchObject({ status: 404 });
    await db.document.update({ where: { id: doc.id }, data: { deletedAt: new Date() } });
    expect(await errorOf(await ANNOTATIONS(call(await tokenFor(w.owner.id), path), p))).toMatchObject({ status: 404 });
  });
});
