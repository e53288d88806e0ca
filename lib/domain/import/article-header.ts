import { readMetadataLine } from "./guess-text-metadata";
import { isTitleLike, type TBlock } from "./text-to-blocks";

/** How far down the header of a pasted article can reach: kicker, headline, dek, byline, date, address. */
const MAX_HEADER_BLOCKS = 8;

const blockText = (b: TBlock) => (b.type === "heading" ? b.text : b.type === "paragraph" ? b.lines.join(" ") : "");
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Tidies a pasted article's header. The header is the run of headings and short lines at the top
 * that ends with a byline, dateline or address line (kicker, headline, dek and those lines);
 * without such a line, only a leading headline. The byline, dateline and address lines are read
 * into the document's metadata and leave the body (the original import keeps them). The headline,
 * dek and kicker stay as headings: a headline is often the very claim a fact-check is about, so it
 * must stay quotable. A repeat of the headline just below (pages that show it twice) goes. The
 * title is the longest headline-like line (a kicker such as "Politics" is shorter).
 */
export function splitArticleHeader(input: readonly TBlock[]): { title?: string; body: TBlock[] } {
  // Header lines pasted without blank lines between them arrive as one block of short lines.
  const blocks = input.flatMap((b, i): TBlock[] =>
    i < MAX_HEADER_BLOCKS && b.type === "paragraph" && b.lines.length > 1 && b.lines.length <= MAX_HEADER_BLOCKS && b.lines.some((l) => readMetadataLine(l))
      ? b.lines.map((l) => ({ type: "paragraph", lines: [l] }))
      : [b],
  );
  let lastMetadata = -1;
  for (let k = 0; k < Math.min(blocks.length, MAX_HEADER_BLOCKS); k++) {
    const b = blocks[k]!;
    if (b.type === "heading") continue;
    if (b.type !== "paragraph" || b.lines.length > 3 || b.lines.some((l) => l.length > 200)) break;
    if (b.lines.every((l) => readMetadataLine(l) !== null)) lastMetadata = k;
  }
  const header = lastMetadata >= 0 ? blocks.slice(0, lastMetadata + 1) : blocks[0]?.type === "heading" ? [blocks[0]] : [];
  const isMetadata = (b: TBlock) => b.type === "paragraph" && b.lines.every((l) => readMetadataLine(l) !== null);
  const headlines = header.filter((b) => b.type === "heading" || (b.type === "paragraph" && b.lines.length === 1 && isTitleLike(b.lines[0]!))).map(blockText);
  const title = headlines.reduce<string | undefined>((best, h) => (!best || words(h) > words(best) ? h : best), undefined);
  // What stays of the header: its headline, dek and kicker, as headings (the headline first-level).
  const kept = header
    .filter((b) => !isMetadata(b))
    .map((b): TBlock => ({ type: "heading", level: blockText(b) === title ? 1 : 2, text: blockText(b) }));
  const rest = blocks.slice(header.length);
  const repeat = title ? rest.slice(0, 3).findIndex((b) => b.type === "heading" && b.text === title) : -1;
  if (repeat >= 0) rest.splice(repeat, 1);
  const body = [...kept, ...rest];
  // Never leave an empty body: a paste that is all header keeps its lines.
  return body.some((b) => blockText(b) || b.type === "list") ? { title, body } : { title, body: [...input] };
}
