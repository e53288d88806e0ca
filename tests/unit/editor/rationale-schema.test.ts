import { describe, expect, it } from "vitest";
import { rationaleHtml } from "@/lib/domain/publishing/rationale-html";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { parseRationale, policySchema } from "@/lib/editor/rationale-extensions";

const heading = (level: number, text: string) => ({ type: "heading", attrs: { level }, content: [{ type: "text", text }] });
const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: object[]) => ({ type: "doc", content }) as TTiptapNode;

describe("rich text schemas: a verdict's rationale and the public policy pages", () => {
  it("a rationale has no headings; a policy page has levels 2 and 3, never 1 or 4", () => {
    expect(parseRationale(doc(heading(2, "Sources"), para("x")))).toMatchObject({ ok: false });
    const policy = parseRationale(doc(heading(2, "Sources"), para("We call twice."), heading(3, "Records")), policySchema());
    expect(policy).toMatchObject({ ok: true, text: "Sources\n\nWe call twice.\n\nRecords" });
    for (const level of [1, 4, "2"]) {
      const r = parseRationale(doc(heading(level as number, "x")), policySchema());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/Headings are level 2 or 3/);
    }
  });

  it("renders policy headings as h2 and h3 with their text escaped", () => {
    expect(String(rationaleHtml(doc(heading(2, "A <b>"), heading(3, "B & C"), para("p"))))).toBe("<h2>A &lt;b&gt;</h2><h3>B &amp; C</h3><p>p</p>");
  });
});
