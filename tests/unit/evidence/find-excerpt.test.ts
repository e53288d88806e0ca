import { describe, expect, it } from "vitest";
import { findExcerpt, prepareExcerptText } from "@/lib/domain/evidence/find-excerpt";

const PAGE =
  "Ministry of Labour — Monthly bulletin\n\n" +
  "The unemployment rate fell to 3.1\u00a0percent in July, the lowest on record.\n\n" +
  "\u201CWe are not done yet,\u201D the minister\u2019s spokesperson said, adding that the 2019\u20132024 plan\n   continues.\n\n" +
  "Economists were surprised by the figure.";

type TRow = { name: string; excerpt: string; found: string | null };

const TABLE: TRow[] = [
  { name: "exact", excerpt: "fell to 3.1\u00a0percent in July", found: "fell to 3.1\u00a0percent in July" },
  { name: "whitespace runs and line breaks", excerpt: "fell   to 3.1 percent\nin July", found: "fell to 3.1\u00a0percent in July" },
  {
    name: "straight quotes for curly ones",
    excerpt: `"We are not done yet," the minister's spokesperson said`,
    found: "\u201CWe are not done yet,\u201D the minister\u2019s spokesperson said",
  },
  { name: "hyphen for an en dash", excerpt: "the 2019-2024 plan continues", found: "the 2019\u20132024 plan\n   continues" },
  { name: "case", excerpt: "ECONOMISTS WERE SURPRISED", found: "Economists were surprised" },
  { name: "a typo", excerpt: "the unemployment rate fel to 3.1 percent in Juli", found: "The unemployment rate fell to 3.1\u00a0percent in July" },
  { name: "wrapping quotes the page does not have", excerpt: "\u201CEconomists were surprised by the figure.\u201D", found: "Economists were surprised by the figure." },
  { name: "not present", excerpt: "inflation rose sharply in the second quarter", found: null },
  { name: "a different sentence about the same thing", excerpt: "The unemployment rate rose to 5.4 percent in March", found: null },
  { name: "empty", excerpt: "", found: null },
  { name: "only whitespace", excerpt: "  \n\t ", found: null },
];

describe("findExcerpt", () => {
  it.each(TABLE)("$name", ({ excerpt, found }) => {
    const match = findExcerpt(PAGE, excerpt);
    if (found === null) {
      expect(match).toBeNull();
      return;
    }
    expect(match).not.toBeNull();
    expect(PAGE.slice(match!.start, match!.end)).toBe(found);
    expect(match!.score).toBeGreaterThan(0.8);
    expect(match!.score).toBeLessThanOrEqual(1);
  });

  it("scores an exact (folded) match 1 and a misquote below 1", () => {
    expect(findExcerpt(PAGE, "economists were surprised")!.score).toBe(1);
    expect(findExcerpt(PAGE, "economists where surprised")!.score).toBeLessThan(1);
  });

  it("is null for an empty text", () => {
    expect(findExcerpt("", "anything")).toBeNull();
  });

  it("finds a long excerpt with an edit in a long page, with offsets into the original text", () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says something unrelated about topic ${i % 17}.`).join("\n\n");
    const passage = Array.from({ length: 12 }, (_, i) => `Sentence ${i} of the cited passage explains the \u201Cfinding\u201D in detail.`).join(" ");
    const text = filler + "\n\n" + passage + "\n\n" + filler;
    const excerpt = passage.replace(/\u201C|\u201D/g, '"').replace("Sentence 5 of", "Sentence 5 off").toUpperCase();
    const match = findExcerpt(text, excerpt);
    expect(match).not.toBeNull();
    const start = text.indexOf(passage);
    expect(match!.start).toBe(start);
    expect(match!.end).toBe(start + passage.length);
  });

  it("keeps offsets right after characters that fold to several (ellipsis, astral letters)", () => {
    const text = "He said\u2026 then \u{1D400}\u{1D401} wrote: the end is near.";
    const match = findExcerpt(text, "the end is near");
    expect(text.slice(match!.start, match!.end)).toBe("the end is near");
    const dots = findExcerpt(text, "said... then");
    expect(text.slice(dots!.start, dots!.end)).toBe("said\u2026 then");
  });

  it("reuses a prepared text for many excerpts", () => {
    const prepared = prepareExcerptText(PAGE);
    expect(findExcerpt(PAGE, "lowest on record", prepared)).toMatchObject({ score: 1 });
    expect(findExcerpt(PAGE, "nothing like this", prepared)).toBeNull();
  });
});
