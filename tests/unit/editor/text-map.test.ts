import type { JSONContent } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { describe, expect, test } from "vitest";
import { quoteSelectorAt } from "@/lib/domain/anchoring/text-quote";
import { findQuote } from "@/lib/domain/anchoring/find-quote";
import { buildTextMap, collectClaimRuns, posToTextOffset, textRangeToPos } from "@/lib/editor/text-map";
import { documentSchema, jsonToYDoc, nodeToPlainText, yDocToNode } from "@/lib/editor/ydoc-convert";

const t = (text: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text, ...(marks ? { marks } : {}) });

const DOC: JSONContent = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [t("Port traffic ‘records’ 🚢")] },
    {
      type: "paragraph",
      content: [t("The authority said "), t("containers rose", [{ type: "bold" }]), t(" by 18 percent."), { type: "hardBreak" }, t("Café owners disagreed.")],
    },
    { type: "paragraph" },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [t("First item")] }] }, { type: "listItem", content: [{ type: "paragraph", content: [t("Second item")] }] }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [t("A quoted line with "), t("italic", [{ type: "italic" }]), t(" words.")] }] },
  ],
};

/** The document as the collab server sees it: through Y.js and back. */
function throughYjs(json: JSONContent): PMNode {
  return yDocToNode(jsonToYDoc(json));
}

function markClaims(doc: PMNode, claims: Record<string, [number, number]>): PMNode {
  const map = buildTextMap(doc);
  const tr = new Transform(doc);
  for (const [id, [start, end]] of Object.entries(claims)) {
    const range = textRangeToPos(map, start, end);
    if (!range) throw new Error(`no range for ${id}`);
    tr.addMark(range.from, range.to, documentSchema().marks.claim!.create({ id }));
  }
  return tr.doc;
}

describe("buildTextMap", () => {
  test("its text is exactly nodeToPlainText, for a real document through Y.js", () => {
    const doc = throughYjs(DOC);
    const map = buildTextMap(doc);
    expect(map.text).toBe(nodeToPlainText(doc));
    expect(map.text).toContain("18 percent.\nCafé owners");
    expect(map.text).toContain("disagreed.\n\n\n\nFirst item\n\nSecond item");
  });

  test("an empty document maps to empty text", () => {
    const doc = throughYjs({ type: "doc", content: [{ type: "paragraph" }] });
    expect(buildTextMap(doc).text).toBe("");
    expect(textRangeToPos(buildTextMap(doc), 0, 1)).toBeNull();
  });
});

describe("textRangeToPos and posToTextOffset", () => {
  const doc = throughYjs(DOC);
  const map = buildTextMap(doc);
  const isChar = (i: number) => map.segments.some((s) => i >= s.textStart && i < s.textStart + s.length);

  test("every range between characters maps to the same text, and back", () => {
    let checked = 0;
    for (let start = 0; start < map.text.length; start++) {
      if (!isChar(start)) continue;
      for (let end = start + 1; end <= map.text.length; end++) {
        if (!isChar(end - 1)) continue;
        const range = textRangeToPos(map, start, end);
        expect(range, `${start}-${end}`).not.toBeNull();
        expect(doc.textBetween(range!.from, range!.to, "\n\n", "\n")).toBe(map.text.slice(start, end));
        expect(posToTextOffset(map, range!.from)).toBe(start);
        expect(posToTextOffset(map, range!.to)).toBe(end);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  test("bounds on a block separator snap inward; empty, inverted and outside ranges are null", () => {
    const sep = map.text.indexOf("\n\n");
    const r = textRangeToPos(map, sep, sep + 6);
    expect(r).not.toBeNull();
    expect(doc.textBetween(r!.from, r!.to, "\n\n", "\n")).toBe(map.text.slice(sep + 2, sep + 6));
    expect(textRangeToPos(map, sep, sep + 2)).toBeNull();
    expect(textRangeToPos(map, 5, 5)).toBeNull();
    expect(textRangeToPos(map, 6, 5)).toBeNull();
    expect(textRangeToPos(map, -1, 3)).toBeNull();
    expect(textRangeToPos(map, 0, map.text.length + 1)).toBeNull();
    expect(textRangeToPos(map, 0.5, 3)).toBeNull();
  });

  test("a hard break is one character", () => {
    const i = map.text.indexOf("\nCafé");
    const r = textRangeToPos(map, i, i + 1)!;
    expect(doc.nodeAt(r.from)?.type.name).toBe("hardBreak");
    expect(r.to - r.from).toBe(1);
  });
});

describe("collectClaimRuns", () => {
  const base = throughYjs(DOC);
  const text = nodeToPlainText(base);
  const at = (s: string, len = s.length) => [text.indexOf(s), text.indexOf(s) + len] as [number, number];

  test("overlapping, nested and cross-paragraph claims come back where they were marked, also through Y.js", () => {
    const claims = {
      // across bold and plain text
      long: at("The authority said containers rose by 18 percent."),
      // nested inside `long`
      inner: at("containers rose"),
      // overlaps `long` and goes past it, over the hard break
      overlap: at("18 percent.\nCafé owners"),
      // from a list item into the next one
      across: at("First item\n\nSecond"),
      // one emoji-bearing span in the heading
      heading: at("records’ 🚢"),
    };
    for (const doc of [markClaims(base, claims), throughYjs(markClaims(base, claims).toJSON() as JSONContent)]) {
      const runs = collectClaimRuns(doc);
      for (const [id, [start, end]] of Object.entries(claims)) {
        expect(runs.get(id), id).toEqual([{ start, end }]);
        const q = quoteSelectorAt(nodeToPlainText(doc), start, end);
        expect(q.exact).toBe(text.slice(start, end));
      }
      expect(runs.size).toBe(5);
    }
  });

  test("a cloned mark gives several runs; a claim without characters gives none", () => {
    const doc = markClaims(base, { c: at("First item") });
    const map = buildTextMap(doc);
    const copy = textRangeToPos(map, ...at("quoted line"))!;
    const tr = new Transform(doc).addMark(copy.from, copy.to, documentSchema().marks.claim!.create({ id: "c" }));
    expect(collectClaimRuns(tr.doc).get("c")).toEqual([{ start: at("First item")[0], end: at("First item")[1] }, { start: at("quoted line")[0], end: at("quoted line")[1] }]);
    expect(collectClaimRuns(base).size).toBe(0);
  });

  test("after an edit inside a claim, its run and quote follow the text", () => {
    const doc = markClaims(base, { x: at("containers rose by 18 percent") });
    const map = buildTextMap(doc);
    const before = quoteSelectorAt(map.text, ...at("containers rose by 18 percent"));
    const insertAt = textRangeToPos(map, at("rose")[0], at("rose")[1])!.from;
    // What typing does: the new text takes the marks around it.
    const edited = new Transform(doc).insert(insertAt, documentSchema().text("also ", doc.resolve(insertAt).marks())).doc;
    const runs = collectClaimRuns(edited).get("x")!;
    const editedText = nodeToPlainText(edited);
    expect(editedText.slice(runs[0]!.start, runs[0]!.end)).toBe("containers also rose by 18 percent");
    // Within findQuote's error allowance (a quarter of the quote), the stored quote finds the run.
    const found = findQuote(editedText, before, { start: at("containers")[0] });
    expect(found).toMatchObject({ start: runs[0]!.start, end: runs[0]!.end });
  });
});
