import { describe, expect, it } from "vitest";
import { GET as LIST } from "@/app/api/w/[slug]/claims/route";
import type { TClaimList } from "@/lib/domain/claims/claim-dto";
import { listClaims } from "@/lib/server/claims/list-claims";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { actorOf, call, capturedSnapshot, ctx, evidenceWorld, tokenFor } from "./helpers";

describe("the claims list with detail=summary (the document page's panel)", () => {
  it("leaves the evidence out and gives the same stance summary as the full list", async () => {
    const { w, doc, claim, other } = await evidenceWorld();
    const actor = actorOf(w.reviewer);
    const a = await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, stance: "REFUTES", source: { title: "Printed report", description: "Page 4." }, excerpt: "record low" });
    await capturedSnapshot(w, a.source.id, "Nothing about it here.");
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, sourceId: a.source.id, stance: "REFUTES", excerpt: "Nothing about it" });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: claim.id, stance: "CONTEXT", source: { title: "Call", description: "Phone call." } });
    await addEvidence({ actor, workspaceSlug: w.slug, claimId: other.id, stance: "SUPPORTS", source: { title: "Memo", description: "A memo." } });

    const full = await listClaims({ actor, workspaceSlug: w.slug, documentId: doc.id });
    const summary = await listClaims({ actor, workspaceSlug: w.slug, documentId: doc.id, detail: "summary" });
    expect(summary.claims.map((c) => c.id)).toEqual(full.claims.map((c) => c.id));
    for (const [i, c] of summary.claims.entries()) {
      expect(c.evidence).toEqual([]);
      expect(c.stanceSummary).toEqual(full.claims[i]!.stanceSummary);
      expect({ ...c, evidence: full.claims[i]!.evidence }).toEqual(full.claims[i]);
    }
    const first = summary.claims.find((c) => c.id === claim.id)!;
    expect(first.stanceSummary).toMatchObject({ refutes: 2, context: 1, supports: 0, total: 3 });
    expect(full.claims.find((c) => c.id === claim.id)!.evidence).toHaveLength(3);

    // Through the route: the query parameter is validated like every other.
    const token = await tokenFor(w.viewer.id);
    const res = await LIST(call(token, `/api/w/${w.slug}/claims?documentId=${doc.id}&detail=summary`), ctx({ slug: w.slug }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as TClaimList).claims.every((c) => c.evidence.length === 0)).toBe(true);
    const bad = await LIST(call(token, `/api/w/${w.slug}/claims?detail=everything`), ctx({ slug: w.slug }));
    expect(bad.status).toBe(400);
  });
});
