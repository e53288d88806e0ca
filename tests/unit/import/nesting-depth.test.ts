import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { htmlNestingDepth, markdownNestingDepth, scanHtml } from "@/lib/domain/import/nesting-depth";

/** How deep the elements jsdom actually builds go, below <body>. */
function parsedDepth(html: string): number {
  const walk = (el: Element): number => 1 + Math.max(0, ...Array.from(el.children, walk));
  return walk(new JSDOM(html).window.document.body) - 1;
}

describe("nesting depth estimates", () => {
  it("counts explicitly closed HTML elements and the levels tables and lists imply, not void elements nor script text", () => {
    expect(htmlNestingDepth("<article><div><p>a<p>b<p>c<br><img src=x></div></article>")).toBe(2);
    expect(htmlNestingDepth("<ul>" + "<li>item".repeat(1000) + "</ul>")).toBe(2);
    expect(htmlNestingDepth("<script>" + "<div>".repeat(1000) + "</script><!-- <div><div> --><span>x</span>")).toBe(1);
    expect(htmlNestingDepth("<div>".repeat(500))).toBe(500);
    expect(htmlNestingDepth("<b><i>x</i></b><b>y</b>")).toBe(2);
    expect(htmlNestingDepth('<p title="a > b <div><div>">x</p><!--> <div>')).toBe(1);
  });

  // Each of these built more levels in the parser than the old regex estimate counted.
  it.each([
    ["self-closing HTML elements open", "<div/>".repeat(60)],
    ["template content is parsed", "<template>" + "<div>".repeat(60) + "</template>"],
    ["a stray end tag closes nothing", "<div></i>".repeat(60)],
    ["an end tag does not close across a block", "<span><div></span>".repeat(60)],
    ["formatting end tags leave blocks open", "<i><div></i>".repeat(60)],
    ["SVG style is markup, not text", "<svg><style>" + "<g>".repeat(60)],
    ["SVG self-closing with an unquoted value", "<svg>" + "<g a=b/>".repeat(60)],
    ["quoted > in attributes", '<div title=">">'.repeat(60)],
    ["tables imply tbody, tr, td", "<table><tr><td>".repeat(60)],
    ["lists imply items", "<ul><li>".repeat(60)],
    ["plain nesting", "<section><div>".repeat(60)],
  ])("never under-estimates what the parser builds: %s", (_name, html) => {
    expect(htmlNestingDepth(html)).toBeGreaterThanOrEqual(parsedDepth(html));
  });

  it("reads input that ends inside a comment, script, tag or quoted attribute as the parser does", () => {
    expect(scanHtml("<div><!--" + "<div>".repeat(50))).toEqual({ depth: 1, elements: 1 });
    expect(scanHtml("<div><script>" + "<div>".repeat(50))).toEqual({ depth: 2, elements: 2 });
    expect(scanHtml('<div><p title="' + "<div>".repeat(50))).toEqual({ depth: 1, elements: 1 });
    expect(scanHtml("<div><span" + " <div".repeat(50))).toEqual({ depth: 1, elements: 1 });
    expect(scanHtml("<b>".repeat(10) + "<plaintext><div><div>")).toEqual({ depth: 11, elements: 11 });
  });

  it("stops counting once past the limits it is given", () => {
    expect(scanHtml("<div>".repeat(1000), { depth: 10, elements: 1e6 }).depth).toBe(11);
    expect(scanHtml("<br>".repeat(1000), { depth: 10, elements: 20 }).elements).toBe(21);
  });

  it("counts Markdown quote markers and list indentation", () => {
    expect(markdownNestingDepth("# Title\n\nPlain paragraph.")).toBe(0);
    expect(markdownNestingDepth("> > > quoted")).toBe(3);
    expect(markdownNestingDepth("- a\n  - b\n    - c")).toBe(2);
  });
});
