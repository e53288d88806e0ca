import { describe, expect, test } from "vitest";
import * as Y from "yjs";
import { jsonToPlainText, jsonToYState, yDocToJSON, yStateToYDoc } from "@/lib/editor/ydoc-convert";

const doc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Río Bravo ‘report’" }] },
    { type: "paragraph", content: [{ type: "text", text: "First " }, { type: "text", marks: [{ type: "bold" }], text: "bold" }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "item" }] }] }] },
  ],
};

describe("ydoc conversion", () => {
  test("JSON survives a round trip through Y.js state", () => {
    const back = yDocToJSON(yStateToYDoc(jsonToYState(doc)));
    expect(back.content?.[0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    expect(JSON.stringify(back)).toContain("Río Bravo ‘report’");
    expect(JSON.stringify(back.content?.[1])).toContain('"bold"');
  });

  test("plain text separates blocks with blank lines", () => {
    expect(jsonToPlainText(doc)).toBe("Río Bravo ‘report’\n\nFirst bold\n\nitem");
  });

  test("concurrent Y.js edits converge to the same JSON", () => {
    const a = yStateToYDoc(jsonToYState(doc));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.getXmlFragment("default").insert(0, [new Y.XmlElement("paragraph")]);
    b.getXmlFragment("default").insert(3, [new Y.XmlElement("paragraph")]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(yDocToJSON(a)).toEqual(yDocToJSON(b));
    expect(yDocToJSON(a).content).toHaveLength(5);
  });
});
