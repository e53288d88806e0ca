import { describe, expect, it } from "vitest";
import { claimsExportHref, claimsHref } from "@/components/claims/workspace/claims-href";
import { parseClaimView } from "@/components/claims/workspace/parse-view";
import { hasFilters } from "@/components/claims/workspace/types";

describe("the claims page's 'Has no evidence' filter in the URL", () => {
  it("reads evidence=none and nothing else as the filter", () => {
    expect(parseClaimView({ evidence: "none" }).noEvidence).toBe(true);
    expect(parseClaimView({ evidence: "any" }).noEvidence).toBe(false);
    expect(parseClaimView({ evidence: ["junk", "none"] }).noEvidence).toBe(false);
    expect(parseClaimView({}).noEvidence).toBe(false);
  });

  it("round-trips through the page link and reaches the CSV export, and counts as a filter", () => {
    const view = parseClaimView({ evidence: "none", status: "DRAFT" });
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters(parseClaimView({}))).toBe(false);
    const href = claimsHref("demo", view);
    expect(href).toBe("/w/demo/claims?status=DRAFT&evidence=none");
    const again = parseClaimView(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again.noEvidence).toBe(true);
    expect(new URL(claimsExportHref("demo", view), "http://x").searchParams.get("evidence")).toBe("none");
  });
});
