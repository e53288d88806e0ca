import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { html, safeHref, type SafeHtml } from "./html";

/**
 * A rationale (Tiptap JSON on the rationale schema) as HTML for the public page. Only the nodes
 * and marks that schema has are rendered; anything else renders its text only, so stored JSON
 * can never smuggle markup. Links get rel="nofollow noopener" and only http(s)/mailto targets.
 */
export function rationaleHtml(node: TTiptapNode | null | undefined): SafeHtml {
  if (!node) return html``;
  return html`${renderNode(node)}`;
}

function renderNode(n: TTiptapNode): SafeHtml {
  const children = html`${(n.content ?? []).map(renderNode)}`;
  switch (n.type) {
    case "doc":
      return children;
    case "paragraph":
      return html`<p>${children}</p>`;
    case "bulletList":
      return html`<ul>${children}</ul>`;
    case "orderedList":
      return html`<ol>${children}</ol>`;
    case "listItem":
      return html`<li>${children}</li>`;
    case "heading":
      // Only the policy pages' schema has headings (levels 2 and 3, under the page's h1).
      return n.attrs?.level === 3 ? html`<h3>${children}</h3>` : html`<h2>${children}</h2>`;
    case "blockquote":
      return html`<blockquote>${children}</blockquote>`;
    case "hardBreak":
      return html`<br>`;
    case "text":
      return renderText(n);
    default:
      return children;
  }
}

function renderText(n: TTiptapNode): SafeHtml {
  let out: SafeHtml = html`${n.text ?? ""}`;
  for (const m of n.marks ?? []) {
    if (m.type === "bold") out = html`<strong>${out}</strong>`;
    else if (m.type === "italic") out = html`<em>${out}</em>`;
    else if (m.type === "strike") out = html`<s>${out}</s>`;
    else if (m.type === "link") {
      const href = safeHref(typeof m.attrs?.href === "string" ? m.attrs.href : null);
      if (href) out = html`<a href="${href}" rel="nofollow noopener">${out}</a>`;
    }
  }
  return out;
}
