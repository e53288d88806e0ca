import { describe, expect, it } from "vitest";
import { GET as GET_CLAIM } from "@/app/api/w/[slug]/claims/[id]/route";
import { GET as CSV } from "@/app/api/w/[slug]/claims/export.csv/route";
import { GET as LIST } from "@/app/api/w/[slug]/claims/route";
import type { TClaimDto, TClaimList } from "@/lib/domain/claims/claim-dto";
import { db } from "@/lib/db";
import { CLAIMS_CSV_COLUMNS } from "@/lib/domain/claims/claims-csv";
import { countClaimsByStatus } from "@/lib/server/claims/count-claims-by-status";
import { createClaim } from "@/lib/server/claims/create-claim";
import { listClaims } from "@/lib/server/claims/list-claims";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { listClaimEvidence } from "@/lib/server/evidence/list-claim-evidence";
import { reorderEvidence } from "@/lib/server/evidence/reorder-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { actorOf, call, capturedSnapshot, ctx, evidenceWorld, rangeOf, tokenFor } from "./helpers";

/** Claims with 0, 1 and 4 pieces of evidence (every stance, one quote not found). */
async function world() {
  const base = await evidenceWorld();
  const { w, doc, claim, other } = base;
  const actor = actorOf(w.editor);
  const bare = await createClaim({ actor, workspaceSlug: w.slug, documentId: doc.id, ...(await rangeOf(doc.id, "the port authority said")) });
  const mk = async (title: string) => (await createSource({ actor, workspaceSlug: w.slug, title, description: "Notes.", type: "OTHER" })).source;
  const s1 = (await createSource({ actor, workspaceSlug: w.slug, url: "https://stats.example/jobless", publisher: "Statistics Office", type: "DATASET" })).source;
  const [s2, s3] = [await mk("Source two"), await mk("Source three")];
  await capturedSnapshot(w, s1.id, "The jobless rate is 5.4 percent, the highest in a decade.");
  await db.sourceFile.create({ data: { sourceId: s2.id, workspaceId: w.ws.id, fileName: "scan.pdf", mediaType: "application/pdf", byteSize: 4, sha256: "0".repeat(64), data: new Uint8Array([37, 80, 68, 70]) } });
  const e1 = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: s1.id, stance: "REFUTES", excerpt: "the highest in a decade" });
  const e2 = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: s1.id, stance: "REFUTES", excerpt: "a record low" });
  const e3 = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: s2.id, stance: "SUPPORTS" });
  const e4 = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: s3.id, stance: "CONTEXT", note: "Background." });
  await addEvidence({ actor, workspaceSlug: w.slug, claimId: other.id, sourceId: s3.id, stance: "SUPPORTS" });
  return { ...base, bare, e: [e1, e2, e3, e4] };
}

describe("claims carry their evidence", () => {
  it("the claim DTO has the evidence in order and the stance summary, in every read", async () => {
    const { w, claim, bare, e } = await world();
    await reorderEvidence({ actor: actorOf(w.reviewer), workspaceSlug: w.slug, claimId: claim.id, order: [e[3]!.id, e[0]!.id, e[1]!.id, e[2]!.id] });
    const token = await tokenFor(w.viewer.id);
    const res = await GET_CLAIM(call(token, `/api/w/${w.slug}/claims/${claim.id}`), ctx({ slug: w.slug, id: claim.id }));
    const { claim: dto } = (await res.json()) as { claim: TClaimDto };
    expect(dto.evidence.map((x) => x.id)).toEqual([e[3]!.id, e[0]!.id, e[1]!.id, e[2]!.id]);
    expect(dto.evidence.map((x) => x.excerptFound)).toEqual([null, true, false, null]);
    expect(dto.evidence[0]).toMatchObject({ stance: "CONTEXT", note: "Background.", source: { title: "Source three", kind: "OFFLINE", latestSnapshot: null } });
    expect(dto.evidence[1]).toMatchObject({ createdBy: { id: w.editor.id }, source: { kind: "URL", publisher: "Statistics Office", type: "DATASET", latestSnapshot: { status: "OK", changed: null } } });
    expect(dto.evidence[3]).toMatchObject({ source: { kind: "FILE", title: "Source two" } });
    expect(dto.stanceSummary).toEqual({ supports: 1, refutes: 2, context: 1, total: 4, excerptsNotFound: 1 });
    // The claims' one joined query answers exactly what the evidence endpoint's Prisma select does.
    expect(dto.evidence).toEqual(await listClaimEvidence({ actor: actorOf(w.viewer), workspaceSlug: w.slug, claimId: claim.id }));

    const list = await listClaims({ actor: actorOf(w.viewer), workspaceSlug: w.slug, pageSize: 500 });
    const byId = new Map(list.claims.map((c) => [c.id, c]));
    expect(byId.get(claim.id)!.evidence.map((x) => x.id)).toEqual(dto.evidence.map((x) => x.id));
    expect(byId.get(bare.id)).toMatchObject({ evidence: [], stanceSummary: { supports: 0, refutes: 0, context: 0, total: 0, excerptsNotFound: 0 } });
  });

  it("the list filters evidence=none and evidence=any (route and faceted counts); bad values are a 400", async () => {
    const { w, claim, other, bare } = await world();
    const token = await tokenFor(w.viewer.id);
    const p = ctx({ slug: w.slug });
    const ids = async (qs: string) => {
      const res = await LIST(call(token, `/api/w/${w.slug}/claims?${qs}`), p);
      expect(res.status).toBe(200);
      return ((await res.json()) as TClaimList).claims.map((c) => c.id).sort();
    };
    expect(await ids("evidence=none")).toEqual([bare.id]);
    expect(await ids("evidence=any")).toEqual([claim.id, other.id].sort());
    expect(await ids("")).toEqual([claim.id, other.id, bare.id].sort());
    expect((await LIST(call(token, `/api/w/${w.slug}/claims?evidence=some`), p)).status).toBe(400);
    const counts = await countClaimsByStatus({ actor: actorOf(w.viewer), workspaceSlug: w.slug, evidence: "none" });
    expect(counts.total).toBe(1);
  });

  it("the CSV export has a column per stance, the total and the quotes not found; evidence=none filters it", async () => {
    const { w, claim, bare } = await world();
    const token = await tokenFor(w.viewer.id);
    const p = ctx({ slug: w.slug });
    const text = await (await CSV(call(token, `/api/w/${w.slug}/claims/export.csv`), p)).text();
    const rows = text.split("\r\n").filter(Boolean).map((l) => l.split(","));
    expect(rows[0]).toEqual([...CLAIMS_CSV_COLUMNS]);
    const col = (name: string) => CLAIMS_CSV_COLUMNS.indexOf(name as (typeof CLAIMS_CSV_COLUMNS)[number]);
    const row = rows.find((r) => r[0] === claim.id)!;
    expect([row[col("evidence")], row[col("supports")], row[col("refutes")], row[col("context")], row[col("quotes_not_found")]]).toEqual(["4", "1", "2", "1", "1"]);
    const none = await (await CSV(call(token, `/api/w/${w.slug}/claims/export.csv?evidence=none`), p)).text();
    expect(none.split("\r\n").filter(Boolean).slice(1).map((l) => l.split(",")[0])).toEqual([bare.id]);
  });
});
