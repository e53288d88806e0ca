/**
 * Cheap upper bounds on how deeply markup nests, computed before any parser sees it: HTML and
 * Markdown parsers recurse (and some scan their open-element stack per tag), so a few thousand
 * nested elements overflow the stack or take minutes. Real articles nest a few dozen levels.
 */
export const MAX_NESTING = 400;

const VOID_OR_OPTIONAL_END = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp rtc html head body".split(" "),
);

/** Max depth of elements that must be closed explicitly (void and optional-end-tag elements are not counted). */
export function htmlNestingDepth(html: string): number {
  const stripped = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style|textarea|template)\b[\s\S]*?<\/\1\s*>/gi, "");
  let depth = 0;
  let max = 0;
  for (const m of stripped.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID_OR_OPTIONAL_END.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/** Max blockquote/list nesting a Markdown line can open: its run of leading ">" markers, or its indentation in 2-space steps. */
export function markdownNestingDepth(md: string): number {
  let max = 0;
  for (const line of md.split("\n")) {
    const prefix = /^[\s>]*/.exec(line)![0];
    const quotes = prefix.split(">").length - 1;
    const indent = Math.floor(prefix.slice(prefix.lastIndexOf(">") + 1).replace(/\t/g, "    ").length / 2);
    max = Math.max(max, quotes + indent);
  }
  return max;
}
