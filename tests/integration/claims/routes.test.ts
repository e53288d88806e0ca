import { describe, expect, it } from "vitest";
import { POST as ANCHOR } from "@/app/api/w/[slug]/claims/[id]/anchor/route";
import { DELETE, GET as GET_ONE, PATCH } from "@/app/api/w/[slug]/claims/[id]/route";
import { GET as CSV } from "@/app/api/w/[slug]/claims/export.csv/route";
import { GET, POST } from "@/app/api/w/[slug]/claims/route";
import { GET as ANNOTATIONS } from "@/app/api/documents/[id]/annotations/route";
import type { TClaimDto, TClaimList } from "@/lib/domain/claims/claim-dto";
import { call, ctx, errorOf, tokenFor } from "./api";
import { rangeOf, seedDoc, storedMarks, workspaceWithEveryRole } from "./helpers";

describe("claims API route handlers", () => {
  it("creates, lists, reads, patches, re-anchors, exports and deletes", async () => {
    const w = await workspaceWithEveryRole();
    const token = await tokenFor(w.editor.id);
    const doc = await seedDoc(w);
    const p = ctx({ slug: w.slug });
    const base = `/api/w/${w.slug}/claims`;
    const range = await rangeOf(doc.id, "unemployment is at a record low of 3.1 percent");

    const created = await POST(call(token, base, { method: "POST", json: { documentId: doc.id, ...range, claimant: "The mayor" } }), p);
    expect(created.status).toBe(201);
    const { claim } = (await created.json()) as { claim: TClaimDto };
    expect(claim).toMatchObject({ text: range.exact, claimant: "The mayor", version: 1 });

    const list = await GET(call(token, `${base}?documentId=${doc.id}&status=DRAFT,RESEARCHING&sort=position`), p);
    expect(list.status).toBe(200);
    expect((await list.json()) as TClaimList).toMatchObject({ total: 1, page: 1, claims: [{ id: claim.id }] });

    const one = ctx({ slug: w.slug, id: claim.id });
    const got = await GET_ONE(call(token, `${base}/${claim.id}`), one);
    expect(await got.json()).toMatchObject({ claim: { id: claim.id, documentTitle: "Port traffic falls 12%" } });

    const patched = await PATCH(call(token, `${base}/${claim.id}`, { method: "PATCH", json: { version: 1, priority: "URGENT", checkworthiness: 4, claimant: null } }), one);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ claim: { status: "DRAFT", priority: "URGENT", checkworthiness: 4, claimant: null, version: 2 } });

    const moved = await rangeOf(doc.id, "a record low");
    const anchored = await ANCHOR(call(token, `${base}/${claim.id}/anchor`, { method: "POST", json: moved }), one);
    expect(anchored.status).toBe(200);
    expect(await anchored.json()).toMatchObject({ claim: { quote: { exact: "a record low", start: moved.start }, version: 3 } });
    expect((await storedMarks(doc.id)).quoted(claim.id)).toEqual(["a record low"]);

    const csv = await CSV(call(token, `${base}/export.csv?documentId=${doc.id}`), p);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.csv"$/);
    const csvText = await csv.text();
    expect(csvText.split("\r\n")).toHaveLength(3);
    expect(csvText).toContain(`http://localhost/w/${w.slug}/documents/${doc.id}?claim=${claim.id}`);

    const anno = await ANNOTATIONS(call(token, `/api/documents/${doc.id}/annotations`), ctx({ id: doc.id }));
    expect(anno.status).toBe(200);
    expect(anno.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(await anno.json()).toMatchObject({ type: "AnnotationPage", items: [{ id: `http://localhost/api/w/${w.slug}/claims/${claim.id}` }] });

    const deleted = await DELETE(call(token, `${base}/${claim.id}`, { method: "DELETE" }), one);
    expect(deleted.status).toBe(204);
    expect(await errorOf(await GET_ONE(call(token, `${base}/${claim.id}`), one))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect((await storedMarks(doc.id)).runs.size).toBe(0);
  });
});
