import { getSchema, type Extensions, type JSONContent } from "@tiptap/core";
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { isAllowedHref } from "./link-policy";

/**
 * The schema of a verdict's rationale: paragraphs, bold/italic/strike, bullet and numbered lists,
 * quotes and links (http, https, mailto), no headings, no claim marks. Shared by the browser's
 * rationale editor and the server, which parses every submitted rationale against it, so what is
 * stored is exactly what the editor can show. `headings`: the public policy pages (methodology,
 * corrections policy) are long enough to need sections, so their schema adds headings at levels
 * 2 and 3 (the page's title is the level 1).
 */
export function rationaleExtensions({ headings = false }: { headings?: boolean } = {}): Extensions {
  return [
    StarterKit.configure({
      heading: headings ? { levels: [2, 3] } : false,
      codeBlock: false,
      code: false,
      horizontalRule: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto"],
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
  ];
}

let schemaCache: Schema | undefined;
export function rationaleSchema(): Schema {
  return (schemaCache ??= getSchema(rationaleExtensions()));
}

let policySchemaCache: Schema | undefined;
/** The rationale schema with headings (levels 2 and 3): the methodology and corrections policy. */
export function policySchema(): Schema {
  return (policySchemaCache ??= getSchema(rationaleExtensions({ headings: true })));
}

/** An empty rationale (one empty paragraph), as the editor starts. */
export const EMPTY_RATIONALE: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * Parses Tiptap JSON against the rationale schema (or `schema`, e.g. policySchema()). Returns the normalized JSON and its plain text
 * (blocks separated by blank lines), or an error sentence for content the schema cannot hold
 * (unknown nodes or marks, a link to a `javascript:` address, text outside a paragraph).
 */
export function parseRationale(json: unknown, schema: Schema = rationaleSchema()): { ok: true; doc: JSONContent; text: string } | { ok: false; error: string } {
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, json as Record<string, unknown>);
    if (node.type.name !== "doc") return { ok: false, error: "The rationale must be a document (a Tiptap `doc` node)." };
    node.check();
  } catch (e) {
    return { ok: false, error: `The rationale is not valid rich text: ${(e as Error).message}` };
  }
  // The schema does not hold heading levels to its `levels` (only the editor's commands do).
  let badLevel: unknown = null;
  node.descendants((n) => {
    if (n.type.name === "heading" && n.attrs.level !== 2 && n.attrs.level !== 3) badLevel = n.attrs.level;
  });
  if (badLevel !== null) return { ok: false, error: `Headings are level 2 or 3 (the page's title is the level 1), not ${String(badLevel).slice(0, 10)}.` };
  for (const mark of collectLinkHrefs(node)) {
    if (!isAllowedHref(mark)) return { ok: false, error: `The rationale links to an address that is not allowed: ${mark.slice(0, 80)}` };
  }
  const text = node.textBetween(0, node.content.size, "\n\n", "\n").trim();
  return { ok: true, doc: node.toJSON() as JSONContent, text };
}

function collectLinkHrefs(node: PMNode): string[] {
  const out: string[] = [];
  node.descendants((n) => {
    for (const m of n.marks) if (m.type.name === "link") out.push(String(m.attrs.href ?? ""));
  });
  return out;
}
