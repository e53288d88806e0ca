import "server-only";
import { DOMParser as PMDOMParser } from "@tiptap/pm/model";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import { MAX_BLOCKS } from "@/lib/domain/import/text-to-blocks";
import { AppError } from "@/lib/errors";
import { documentSchema } from "@/lib/editor/ydoc-convert";
import { PLACEHOLDER_HOST } from "./parse-html-document";
import { tidyDoc } from "./tidy-doc";

const DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, link, meta";

/**
 * HTML → Tiptap JSON through the document schema's own parse rules, which is the sanitiser:
 * only nodes and marks the schema knows survive, links only with http(s)/mailto. Relative links
 * are made absolute against the page's address (if known) so they still work in the editor.
 */
export function domToDoc(root: Element, baseUrl?: string): TDocJson {
  root.querySelectorAll(DROP).forEach((el) => el.remove());
  root.querySelectorAll("a[href]").forEach((a) => {
    try {
      const href = (a.getAttribute("href") ?? "").trim();
      // Without the page's address a relative link leads nowhere: keep the text, drop the link.
      const url = baseUrl ? new URL(href, baseUrl) : new URL(href);
      if (url.hostname === PLACEHOLDER_HOST) throw new Error("relative link without a base");
      a.setAttribute("href", url.toString());
    } catch {
      a.removeAttribute("href");
    }
  });
  const node = PMDOMParser.fromSchema(documentSchema()).parse(root as unknown as HTMLElement);
  if (node.childCount > MAX_BLOCKS) throw new AppError("PAYLOAD_TOO_LARGE", `The document has more than ${MAX_BLOCKS.toLocaleString("en")} paragraphs, more than an article can hold.`);
  return tidyDoc(node.toJSON() as TDocJson);
}
