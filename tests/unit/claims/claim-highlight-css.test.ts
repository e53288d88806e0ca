import { generateHTML } from "@tiptap/html";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { claimHighlightCss, CLAIM_STATUS_COLORS } from "@/components/claims/claim-status-style";
import { StaticDocument } from "@/components/editor/static-document";
import { claimClassName } from "@/lib/editor/claim-mark-name";
import { documentExtensions } from "@/lib/editor/extensions";

const A = "4f1c2d9e-0000-4000-8000-00000000000a";
const B = "4f1c2d9e-0000-4000-8000-00000000000b";
const EVIL = 'x"]{}body{display:none}';

// A claim nested in another, as the editor and the page's static copy render it.
const doc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Crime fell ", marks: [{ type: "claim", attrs: { id: A } }] },
        { type: "text", text: "by 12%", marks: [{ type: "claim", attrs: { id: A } }, { type: "claim", attrs: { id: B } }] },
        { type: "text", text: " last year.", marks: [{ type: "claim", attrs: { id: EVIL } }] },
      ],
    },
  ],
};

/** The class lists of the spans that carry `data-claim-id="id"` in some HTML. */
const classesOf = (html: string, id: string) =>
  [...html.matchAll(/<span([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => attrs.includes(`data-claim-id="${id}"`))
    .map((attrs) => /class="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? []);

describe("claim highlight classes and rules", () => {
  it("gives UUID-like ids a class and refuses anything that could break out of a selector", () => {
    expect(claimClassName(A)).toBe(`claim-${A}`);
    expect(claimClassName(EVIL)).toBeNull();
    expect(claimClassName("")).toBeNull();
    expect(claimClassName("a".repeat(65))).toBeNull();
  });

  it("the live editor and the static copy put each claim's class on its spans", () => {
    const editorHtml = generateHTML(doc, documentExtensions());
    const staticHtml = renderToStaticMarkup(createElement(StaticDocument, { content: doc }));
    for (const html of [editorHtml, staticHtml]) {
      expect(classesOf(html, A).length).toBeGreaterThan(0);
      for (const classes of classesOf(html, A)) expect(classes).toEqual(expect.arrayContaining(["claim-mark", `claim-${A}`]));
      for (const classes of classesOf(html, B)) expect(classes).toEqual(expect.arrayContaining(["claim-mark", `claim-${B}`]));
      // The unsafe id keeps its span (and its data attribute) but gets no per-claim class.
      expect(classesOf(html, EVIL.replace(/"/g, "&quot;"))).toEqual([["claim-mark"]]);
    }
  });

  it("styles each claim by its class, one rule per status, and emphasises the active ones", () => {
    const css = claimHighlightCss(
      [
        { id: A, status: "DRAFT" },
        { id: B, status: "RESEARCHING" },
        { id: EVIL, status: "DRAFT" },
      ],
      [B, EVIL, "not-a-known-claim"],
    );
    const rules = css.split("\n");
    expect(rules).toHaveLength(3);
    expect(rules[0]).toMatch(new RegExp(`^\\.claim-${A}\\{background-color:${CLAIM_STATUS_COLORS.DRAFT.bg.replace(/[().]/g, "\\$&")};`));
    expect(rules[1]).toMatch(new RegExp(`^\\.claim-${B}\\{background-color:${CLAIM_STATUS_COLORS.RESEARCHING.bg.replace(/[().]/g, "\\$&")};`));
    // Doubled class: outranks the status rule whatever the order.
    expect(rules[2]).toBe(`.claim-${B}.claim-${B}{background-color:${CLAIM_STATUS_COLORS.RESEARCHING.bgActive};text-decoration-thickness:3px}`);
    expect(css).not.toContain("body");
    expect(css).not.toContain("data-claim-id");
  });
});
