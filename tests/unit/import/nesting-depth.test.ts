import { describe, expect, it } from "vitest";
import { htmlNestingDepth, markdownNestingDepth } from "@/lib/domain/import/nesting-depth";

describe("nesting depth estimates", () => {
  it("counts explicitly closed HTML elements, not void or optional-end ones, nor script text", () => {
    expect(htmlNestingDepth("<article><div><p>a<p>b<p>c<br><img src=x></div></article>")).toBe(2);
    expect(htmlNestingDepth("<ul>" + "<li>item".repeat(1000) + "</ul>")).toBe(1);
    expect(htmlNestingDepth("<script>" + "<div>".repeat(1000) + "</script><!-- <div><div> --><span>x</span>")).toBe(1);
    expect(htmlNestingDepth("<div>".repeat(500))).toBe(500);
    expect(htmlNestingDepth("<b><i>x</i></b><b>y</b>")).toBe(2);
  });

  it("counts Markdown quote markers and list indentation", () => {
    expect(markdownNestingDepth("# Title\n\nPlain paragraph.")).toBe(0);
    expect(markdownNestingDepth("> > > quoted")).toBe(3);
    expect(markdownNestingDepth("- a\n  - b\n    - c")).toBe(2);
  });
});
