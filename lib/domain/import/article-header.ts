import { readMetadataLine } from "./guess-text-metadata";
import { isTitleLike, type TBlock } from "./text-to-blocks";

/** How far down the header of a pasted article can reach: kicker, headline, dek, byline, date, address. */
const MAX_HEADER_BLOCKS = 8;

const blockText = (b: TBlock) => (b.type === "heading" ? b.text : b.type === "paragraph" ? b.lines.join(" ") : "");
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Splits a pasted article's header from its body. The header is the run of headings and short
 * lines at the top that ends with a byline, dateline or address line (kicker, headline, dek and
 * those lines); without such a line, only a leading headline (and a repeat of it just below, as
 * pages that show the title twice give). Its lines are read into the document's metadata, so
 * they leave the body; the original import keeps them. The headline is the longest headline-like
 * line there (a kicker such as "Politics" is shorter).
 */
export function splitArticleHeader(input: readonly TBlock[]): { title?: string; body: TBlock[] } {
  // Header lines pasted without blank lines between them arrive as one block of short lines.
  const blocks = input.flatMap((b, i): TBlock[] =>
    i < MAX_HEADER_BLOCKS && b.type === "paragraph" && b.lines.length > 1 && b.lines.length <= MAX_HEADER_BLOCKS && b.lines.some((l) => readMetadataLine(l))
      ? b.lines.map((l) => ({ type: "paragraph", lines: [l] }))
      : [b],
  );
  let zoneEnd = 0;
  let lastMetadata = -1;
  for (; zoneEnd < Math.min(blocks.length, MAX_HEADER_BLOCKS); zoneEnd++) {
    const b = blocks[zoneEnd]!;
    if (b.type === "heading") continue;
    if (b.type !== "paragraph" || b.lines.length > 3 || b.lines.some((l) => l.length > 200)) break;
    if (b.lines.every((l) => readMetadataLine(l) !== null)) lastMetadata = zoneEnd;
  }
  const header = lastMetadata >= 0 ? blocks.slice(0, lastMetadata + 1) : blocks[0]?.type === "heading" ? [blocks[0]] : [];
  const headings = header.filter((b) => b.type === "heading" || (b.type === "paragraph" && b.lines.length === 1 && isTitleLike(b.lines[0]!))).map(blockText);
  const title = headings.reduce<string | undefined>((best, h) => (!best || words(h) > words(best) ? h : best), undefined);
  const body = blocks.slice(header.length);
  // A page that shows its headline twice (above and below a summary): the repeat goes too.
  const repeat = title ? body.slice(0, 3).findIndex((b) => b.type === "heading" && b.text === title) : -1;
  if (repeat >= 0) body.splice(repeat, 1);
  // Never leave an empty body: a paste that is all header keeps its lines.
  return body.some((b) => blockText(b) || b.type === "list") ? { title, body } : { title, body: [...input] };
}
