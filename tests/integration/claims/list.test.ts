import { describe, expect, it } from "vitest";
import { GET as CSV } from "@/app/api/w/[slug]/claims/export.csv/route";
import { db } from "@/lib/db";
import { CLAIMS_CSV_COLUMNS } from "@/lib/domain/claims/claims-csv";
import { createClaim } from "@/lib/server/claims/create-claim";
import { importDocument } from "@/lib/server/documents/import-document";
import { listClaims } from "@/lib/server/claims/list-claims";
import { call, ctx, tokenFor } from "./api";
import { actorOf, rangeOf, workspaceWithEveryRole } from "./helpers";

/** Two documents, five claims with distinct statuses, assignees, dates and checkworthiness. */
async function world() {
  const w = await workspaceWithEveryRole();
  const actor = actorOf(w.editor);
  const docB = await importDocument({ actor, workspaceSlug: w.slug, kind: "text", content: "Bridge repairs delayed\n\nThe council said repairs will cost 2 million euros and finish in May." });
  const docA = await importDocument({ actor, workspaceSlug: w.slug, kind: "text", content: "Airport expansion approved\n\nPassenger numbers doubled since 2015, the minister said, and 400 jobs will follow." });
  const mk = async (docId: string, needle: string, extra: Record<string, unknown>) =>
    createClaim({ actor, workspaceSlug: w.slug, documentId: docId, ...(await rangeOf(docId, needle)), ...extra });
  const c = {
    jobs: await mk(docA.id, "400 jobs will follow", { claimant: "The minister", checkworthiness: 5, claimDate: "2026-03-01", assigneeId: w.editor.id, tags: ["jobs"] }),
    doubled: await mk(docA.id, "Passenger numbers doubled since 2015", { status: "RESEARCHING", checkworthiness: 2, claimDate: "2026-01-15", assigneeId: w.reviewer.id }),
    cost: await mk(docB.id, "repairs will cost 2 million euros", { text: "Bridge repairs cost €2m", checkworthiness: 4 }),
    may: await mk(docB.id, "finish in May", { status: "RESEARCHING", claimDate: "2026-02-01" }),
    doubledInner: await mk(docA.id, "numbers doubled", {}),
  };
  await db.claim.update({ where: { id: c.may.id }, data: { detachedAt: new Date() } });
  await db.claim.update({ where: { id: c.cost.id }, data: { status: "IN_REVIEW" } });
  return { w, actor, docA, docB, c };
}

const ids = (r: { claims: { id: string }[] }) => r.claims.map((x) => x.id);

describe("listing claims", () => {
  it("filters by document, status, assignee (id, me, none), detached and text search", async () => {
    const { w, actor, docA, docB, c } = await world();
    const list = (f: Record<string, unknown>) => listClaims({ actor, workspaceSlug: w.slug, ...f });
    expect((await list({})).total).toBe(5);
    expect(new Set(ids(await list({ documentId: docB.id })))).toEqual(new Set([c.cost.id, c.may.id]));
    expect(new Set(ids(await list({ status: ["RESEARCHING"] })))).toEqual(new Set([c.doubled.id, c.may.id]));
    expect(new Set(ids(await list({ status: "DRAFT,IN_REVIEW" })))).toEqual(new Set([c.jobs.id, c.cost.id, c.doubledInner.id]));
    expect(ids(await list({ assigneeId: "me" }))).toEqual([c.jobs.id]);
    expect(ids(await list({ assigneeId: w.reviewer.id }))).toEqual([c.doubled.id]);
    expect((await listClaims({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, assigneeId: "me" })).claims.map((x) => x.id)).toEqual([c.doubled.id]);
    expect(new Set(ids(await list({ assigneeId: "none" })))).toEqual(new Set([c.cost.id, c.may.id, c.doubledInner.id]));
    expect(ids(await list({ detached: "true" }))).toEqual([c.may.id]);
    expect((await list({ detached: false })).total).toBe(4);
    expect(ids(await list({ q: "MINISTER" }))).toEqual([c.jobs.id]); // claimant
    expect(ids(await list({ q: "€2m" }))).toEqual([c.cost.id]); // restated text
    expect(ids(await list({ q: "million" }))).toEqual([c.cost.id]); // quote
    expect(ids(await list({ q: "%" }))).toEqual([]); // a literal percent sign, not a wildcard
    expect(ids(await list({ q: "_" }))).toEqual([]);
    expect(ids(await list({ q: "2 million" }))).toEqual([c.cost.id]);
    await db.claim.update({ where: { id: c.doubledInner.id }, data: { text: "Numbers up 100% (snake_case)" } });
    expect(ids(await list({ q: "100%" }))).toEqual([c.doubledInner.id]);
    expect(ids(await list({ q: "e_c" }))).toEqual([c.doubledInner.id]);
    expect(ids(await list({ documentId: docA.id, status: ["DRAFT"], assigneeId: "none" }))).toEqual([c.doubledInner.id]);
  });

  it("sorts: position (documents by title, then text order, enclosing before nested), and each other key both ways", async () => {
    const { w, actor, c } = await world();
    const list = (sort: string, order?: string) => listClaims({ actor, workspaceSlug: w.slug, sort: sort as never, order: order as never }).then(ids);
    // "Airport…" before "Bridge…"; in the airport article: "Passenger numbers doubled…" encloses "numbers doubled".
    expect(await list("position")).toEqual([c.doubled.id, c.doubledInner.id, c.jobs.id, c.cost.id, c.may.id]);
    expect(await list("position", "desc")).toEqual([c.may.id, c.cost.id, c.jobs.id, c.doubledInner.id, c.doubled.id]);
    expect((await list("document")).slice(0, 3).sort()).toEqual([c.doubled.id, c.doubledInner.id, c.jobs.id].sort());
    expect(await list("createdAt", "asc")).toEqual([c.jobs.id, c.doubled.id, c.cost.id, c.may.id, c.doubledInner.id]);
    expect(await list("createdAt")).toEqual([c.doubledInner.id, c.may.id, c.cost.id, c.doubled.id, c.jobs.id]);
    expect((await list("checkworthiness")).slice(0, 3)).toEqual([c.jobs.id, c.cost.id, c.doubled.id]);
    expect((await list("checkworthiness", "asc")).slice(0, 3)).toEqual([c.doubled.id, c.cost.id, c.jobs.id]); // unrated last either way
    expect((await list("claimDate")).slice(0, 3)).toEqual([c.jobs.id, c.may.id, c.doubled.id]);
    // Due dates: soonest first by default (the overview's "Assigned to you"), undated last either way.
    await db.claim.update({ where: { id: c.cost.id }, data: { dueDate: new Date("2026-12-20T00:00:00Z") } });
    await db.claim.update({ where: { id: c.may.id }, data: { dueDate: new Date("2026-12-01T00:00:00Z") } });
    expect((await list("dueDate")).slice(0, 2)).toEqual([c.may.id, c.cost.id]);
    expect((await list("dueDate", "desc")).slice(0, 2)).toEqual([c.cost.id, c.may.id]);
    // Workflow order: DRAFT, RESEARCHING, IN_REVIEW.
    const byStatus = await listClaims({ actor, workspaceSlug: w.slug, sort: "status" });
    expect(byStatus.claims.map((x) => x.status)).toEqual(["DRAFT", "DRAFT", "RESEARCHING", "RESEARCHING", "IN_REVIEW"]);
    await db.claim.update({ where: { id: c.jobs.id }, data: { text: "touched" } });
    expect((await list("updatedAt"))[0]).toBe(c.jobs.id);
  });

  it("pages never repeat or skip a claim, and report the total", async () => {
    const { w, actor } = await world();
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await listClaims({ actor, workspaceSlug: w.slug, sort: "checkworthiness", page, pageSize: 2 });
      expect(r).toMatchObject({ total: 5, page, pageSize: 2 });
      seen.push(...ids(r));
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect((await listClaims({ actor, workspaceSlug: w.slug, page: 4, pageSize: 2 })).claims).toEqual([]);
    expect((await listClaims({ actor, workspaceSlug: w.slug, pageSize: "500" })).pageSize).toBe(500);
  });

  it("CSV export: the same filters and sort, every page, one row per claim with its link", async () => {
    const { w, docA, c } = await world();
    const token = await tokenFor(w.viewer.id);
    const p = ctx({ slug: w.slug });
    const res = await CSV(call(token, `/api/w/${w.slug}/claims/export.csv?documentId=${docA.id}&sort=position&page=2&pageSize=1`), p);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${w.slug}-claims-${new Date().toISOString().slice(0, 10)}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM (res.text() would strip it)
    const lines = new TextDecoder().decode(bytes).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CLAIMS_CSV_COLUMNS.join(","));
    // Paging parameters do not cut the export: all three claims of the document, in text order.
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([c.doubled.id, c.doubledInner.id, c.jobs.id]);
    expect(lines[3]).toContain(`http://localhost/w/${w.slug}/documents/${docA.id}?claim=${c.jobs.id}`);
    expect(lines[3]).toContain("The minister");
    const all = await (await CSV(call(token, `/api/w/${w.slug}/claims/export.csv?status=RESEARCHING&detached=true`), p)).text();
    expect(all.split("\r\n").filter(Boolean).slice(1).map((l) => l.split(",")[0])).toEqual([c.may.id]);
  });
});
