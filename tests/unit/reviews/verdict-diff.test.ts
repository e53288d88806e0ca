import { describe, expect, it } from "vitest";
import { diffVerdicts, type TVerdictForDiff } from "@/lib/domain/reviews/verdict-diff";

const v = (over: Partial<TVerdictForDiff> = {}): TVerdictForDiff => ({
  version: 1,
  rating: { label: "Mostly false", value: 2 },
  summary: "Seizures fell by 40 per cent.",
  rationaleText: "The register shows 212 and 127 seizures.",
  evidenceIds: ["a", "b"],
  ...over,
});

describe("diffVerdicts", () => {
  it("shows word-level changes in the summary and rationale, the rating change and the evidence set", () => {
    const d = diffVerdicts(v(), v({ version: 2, rating: { label: "False", value: 1 }, summary: "Seizures fell by 40 per cent while inspections fell.", evidenceIds: ["b", "c"] }));
    expect(d).toMatchObject({ from: 1, to: 2, rating: { from: "Mostly false (2)", to: "False (1)" }, evidenceAdded: ["c"], evidenceRemoved: ["a"], same: false });
    expect(d.summary!.changes.filter((c) => c.kind === "added").map((c) => c.text).join("")).toContain("while inspections fell");
    expect(d.rationale).toMatchObject({ insertions: 0, deletions: 0 });
  });

  it("is the same for identical content (evidence order does not matter) and names ratings outside the scale by label", () => {
    expect(diffVerdicts(v(), v({ version: 2, evidenceIds: ["b", "a"] })).same).toBe(true);
    const d = diffVerdicts(v(), v({ version: 2, rating: { label: "Unverifiable", value: null } }));
    expect(d.rating).toEqual({ from: "Mostly false (2)", to: "Unverifiable" });
    expect(d.same).toBe(false);
  });

  it("reports a removed word as a deletion", () => {
    const d = diffVerdicts(v(), v({ version: 2, rationaleText: "The register shows 127 seizures." }));
    expect(d.rationale!.deletions).toBeGreaterThan(0);
    expect(d.rationale!.changes.filter((c) => c.kind === "removed").map((c) => c.text).join("")).toContain("212");
  });
});
