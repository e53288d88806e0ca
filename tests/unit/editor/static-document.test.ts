import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StaticDocument } from "@/components/editor/static-document";

const render = (content: unknown) => renderToStaticMarkup(createElement(StaticDocument, { content }));

describe("StaticDocument (the page's text before the live editor takes over)", () => {
  it("renders the schema's blocks and marks", () => {
    const html = render({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Claims" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Bold", marks: [{ type: "bold" }] },
            { type: "text", text: " and " },
            { type: "text", text: "a link", marks: [{ type: "link", attrs: { href: "https://example.org/x" } }] },
          ],
        },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "third" }] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "quoted" }] }] },
      ],
    });
    expect(html).toContain("<h2>Claims</h2>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow">a link</a>');
    expect(html).toContain('<ol start="3"><li><p>third</p></li></ol>');
    expect(html).toContain("<blockquote><p>quoted</p></blockquote>");
  });

  it("escapes text and drops links that are not http(s) or mailto", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "<img src=x onerror=alert(1)>" },
            { type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
      ],
    });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("click");
  });

  it("escapes attribute values: a hostile claim id or link cannot add attributes or tags", () => {
    const html = render({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "a", marks: [{ type: "claim", attrs: { id: 'x" onmouseover="alert(1)' } }] },
            { type: "text", text: "b", marks: [{ type: "link", attrs: { href: 'https://example.org/"><script>alert(1)</script>' } }] },
            { type: "text", text: "c", marks: [{ type: "unknownMark" }] },
            { type: "mystery", content: [{ type: "text", text: "d" }] },
          ],
        },
      ],
    });
    expect(html).toContain('<span class="claim-mark" data-claim-id="x&quot; onmouseover=&quot;alert(1)">a</span>');
    expect(html).toContain('<a href="https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" rel="noopener noreferrer nofollow">b</a>');
    expect(html).not.toContain("<script");
    // Unknown marks and nodes keep their text and add no markup.
    expect(html).toContain("cd</p>");
  });

  it("shows nothing for content that is not a document", () => {
    expect(render(null)).toBe('<div class="factdesk-prose"></div>');
    expect(render("<p>x</p>")).toBe('<div class="factdesk-prose"></div>');
  });
});
