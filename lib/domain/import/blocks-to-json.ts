import type { TBlock } from "./text-to-blocks";

/** Tiptap/ProseMirror JSON as plain data (lib/domain stays free of editor imports). */
export type TDocJson = { type: string; attrs?: Record<string, unknown>; content?: TDocJson[]; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[] };

const textNode = (text: string): TDocJson => ({ type: "text", text });

function paragraph(lines: string[]): TDocJson {
  const content: TDocJson[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    if (line) content.push(textNode(line));
  });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

export function blocksToJson(blocks: TBlock[]): TDocJson {
  const content = blocks.map((b): TDocJson => {
    if (b.type === "heading") return { type: "heading", attrs: { level: b.level }, content: [textNode(b.text)] };
    if (b.type === "paragraph") return paragraph(b.lines);
    const items = b.items.map((t) => ({ type: "listItem", content: [paragraph([t])] }));
    return b.ordered ? { type: "orderedList", attrs: { start: b.start }, content: items } : { type: "bulletList", content: items };
  });
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}
