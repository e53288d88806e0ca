import { claimClassName } from "./claim-mark-name";
import { isAllowedHref } from "./link-policy";

/**
 * The stored document (Tiptap JSON) as an HTML string: the page's readable copy of the text until
 * the live editor has loaded and synced. A string, not React elements: the page hands it to React
 * as inner HTML, which hydration never walks — hydrating a 6,000-word article element by element
 * cost the main thread exactly while the editor was loading — and it travels in the page's data
 * once, as one string, instead of as a tree of elements.
 *
 * Safe by construction: every text and attribute value is escaped, only the schema's nodes and
 * marks produce tags (anything else contributes its text only), links keep http(s)/mailto hrefs
 * only, and claim ids reach markup only as an escaped attribute and a checked class.
 */
type TJson = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };

const isNode = (v: unknown): v is TJson => typeof v === "object" && v !== null && typeof (v as TJson).type === "string";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function staticDocumentHtml(content: unknown): string {
  return isNode(content) ? children(content) : "";
}

function children(node: TJson): string {
  return Array.isArray(node.content) ? node.content.filter(isNode).map(render).join("") : "";
}

function render(node: TJson): string {
  switch (node.type) {
    case "text":
      return text(node);
    case "paragraph":
      return `<p>${children(node)}</p>`;
    case "heading": {
      const level = node.attrs?.level;
      const tag = level === 1 ? "h1" : level === 2 ? "h2" : "h3";
      return `<${tag}>${children(node)}</${tag}>`;
    }
    case "bulletList":
      return `<ul>${children(node)}</ul>`;
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return Number.isInteger(start) && start !== 1 ? `<ol start="${start}">${children(node)}</ol>` : `<ol>${children(node)}</ol>`;
    }
    case "listItem":
      return `<li>${children(node)}</li>`;
    case "blockquote":
      return `<blockquote>${children(node)}</blockquote>`;
    case "hardBreak":
      return "<br/>";
    default:
      return children(node);
  }
}

function text(node: TJson): string {
  let out = escapeHtml(typeof node.text === "string" ? node.text : "");
  for (const mark of Array.isArray(node.marks) ? node.marks.filter(isNode) : []) {
    if (mark.type === "bold") out = `<strong>${out}</strong>`;
    else if (mark.type === "italic") out = `<em>${out}</em>`;
    else if (mark.type === "strike") out = `<s>${out}</s>`;
    else if (mark.type === "claim" && typeof mark.attrs?.id === "string") {
      // Same markup as the live editor's claim mark, so the page's claim styles apply before it loads.
      const cls = claimClassName(mark.attrs.id);
      out = `<span class="claim-mark${cls ? ` ${cls}` : ""}" data-claim-id="${escapeHtml(mark.attrs.id)}">${out}</span>`;
    } else if (mark.type === "link") {
      const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
      if (isAllowedHref(href)) out = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${out}</a>`;
    }
  }
  return out;
}
