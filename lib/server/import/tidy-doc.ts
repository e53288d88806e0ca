import "server-only";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import { isAllowedHref } from "@/lib/editor/link-policy";
import { documentSchema } from "@/lib/editor/ydoc-convert";

function isEmptyParagraph(n: TDocJson) {
  return n.type === "paragraph" && !(n.content ?? []).some((c) => c.type !== "hardBreak" && (c.type !== "text" || (c.text ?? "").trim() !== ""));
}

function cleanMarks(node: TDocJson): TDocJson {
  const out: TDocJson = { ...node };
  if (node.marks) {
    const marks = node.marks
      .filter((m) => m.type !== "link" || (typeof m.attrs?.href === "string" && isAllowedHref(m.attrs.href)))
      // Only the href survives: no target, class or title attributes from foreign HTML.
      .map((m) => (m.type === "link" ? { type: "link", attrs: { href: m.attrs!.href } } : m));
    if (marks.length) out.marks = marks;
    else delete out.marks;
  }
  if (node.content) out.content = node.content.map(cleanMarks);
  return out;
}

/**
 * Last pass over every import: drops links the policy forbids (belt and braces: the schema's
 * parse rules already refuse them), empty paragraphs at the ends and runs of them in the middle,
 * and proves the result valid for the document schema.
 */
export function tidyDoc(doc: TDocJson): TDocJson {
  const blocks = (doc.content ?? []).map(cleanMarks);
  const kept: TDocJson[] = [];
  for (const b of blocks) {
    if (isEmptyParagraph(b) && (kept.length === 0 || isEmptyParagraph(kept.at(-1)!))) continue;
    kept.push(b);
  }
  while (kept.length && isEmptyParagraph(kept.at(-1)!)) kept.pop();
  const node = documentSchema().nodeFromJSON({ type: "doc", content: kept.length ? kept : [{ type: "paragraph" }] });
  node.check();
  // Round-tripped through the schema so default attributes are filled in exactly as Y.js will hold them.
  return node.toJSON() as TDocJson;
}
