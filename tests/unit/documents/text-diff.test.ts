import { describe, expect, it } from "vitest";
import { diffTexts } from "@/lib/domain/documents/text-diff";

const side = (d: NonNullable<ReturnType<typeof diffTexts>>, drop: "added" | "removed") =>
  d.changes.filter((c) => c.kind !== drop).map((c) => c.text).join("");

describe("diffTexts", () => {
  it("marks a changed word as one deletion and one insertion, and both sides rebuild exactly", () => {
    const original = "Jobs report\n\nThe rate fell to 3.1 percent in July.";
    const working = "Jobs report\n\nThe rate fell to 3.1 percent in June.";
    const d = diffTexts(original, working)!;
    expect(d.changes).toEqual([
      { kind: "same", text: "Jobs report\n\nThe rate fell to 3.1 percent in " },
      { kind: "removed", text: "July" },
      { kind: "added", text: "June" },
      { kind: "same", text: "." },
    ]);
    expect([d.insertions, d.deletions]).toEqual([1, 1]);
    expect(side(d, "added")).toBe(original);
    expect(side(d, "removed")).toBe(working);
  });

  it("shows a working note typed in as a paragraph of its own, and a removed paragraph break", () => {
    const original = "Title\n\nFirst paragraph.\n\nSecond paragraph.";
    const working = "Title\n\n[REVIEWER: confirm titles]\n\nFirst paragraph. Second paragraph.";
    const d = diffTexts(original, working)!;
    expect(d.changes.filter((c) => c.kind === "added").map((c) => c.text).join("|")).toContain("[REVIEWER: confirm titles]");
    expect(d.changes.some((c) => c.kind === "removed" && c.text.includes("\n\n"))).toBe(true);
    expect(side(d, "added")).toBe(original);
    expect(side(d, "removed")).toBe(working);
  });

  it("has no changes for identical texts (and none at all for two empty ones)", () => {
    expect(diffTexts("Same text.", "Same text.")).toEqual({ changes: [{ kind: "same", text: "Same text." }], insertions: 0, deletions: 0 });
    expect(diffTexts("", "")).toEqual({ changes: [], insertions: 0, deletions: 0 });
  });

  it("gives up (null) rather than hang on a text rewritten beyond a diff's time budget", () => {
    const a = Array.from({ length: 40_000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 40_000 }, (_, i) => `b${i}`).join(" ");
    expect(diffTexts(a, b, { timeoutMs: 5 })).toBeNull();
  });
});
