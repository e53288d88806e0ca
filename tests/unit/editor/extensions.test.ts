import { getSchema } from "@tiptap/core";
import { generateJSON } from "@tiptap/html";
import { describe, expect, test } from "vitest";
import { documentExtensions } from "@/lib/editor/extensions";
import { isAllowedHref } from "@/lib/editor/link-policy";

describe("document schema", () => {
  test("has the nodes and marks the editor offers", () => {
    const schema = getSchema(documentExtensions());
    for (const n of ["doc", "paragraph", "heading", "bulletList", "orderedList", "listItem", "blockquote", "text", "hardBreak"]) {
      expect(schema.nodes[n], n).toBeDefined();
    }
    for (const m of ["bold", "italic", "link"]) expect(schema.marks[m], m).toBeDefined();
    expect(schema.nodes.codeBlock).toBeUndefined();
  });

  test("links keep http(s)/mailto and drop javascript:", () => {
    expect(isAllowedHref("https://example.org/a")).toBe(true);
    expect(isAllowedHref("mailto:desk@example.org")).toBe(true);
    expect(isAllowedHref("javascript:alert(1)")).toBe(false);
    expect(isAllowedHref("data:text/html,x")).toBe(false);
    const json = generateJSON('<p><a href="javascript:alert(1)">x</a> <a href="https://ok.example">y</a></p>', documentExtensions());
    const marks = JSON.stringify(json);
    expect(marks).not.toContain("javascript:");
    expect(marks).toContain("https://ok.example");
  });
});
