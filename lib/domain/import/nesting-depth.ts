/**
 * Cheap upper bounds on how deeply markup nests, computed before any parser sees it: HTML and
 * Markdown parsers recurse (and some scan their open-element stack per tag), so a few thousand
 * nested elements overflow the stack or take minutes. Real articles nest a few dozen levels.
 *
 * The HTML scan is one left-to-right pass with no regular expression over the whole input (lazy
 * patterns were quadratic on an unclosed "<!--" or "<script>"): every search starts where the last
 * one ended, so 10 MB of hostile markup costs what reading it once costs.
 */
export const MAX_NESTING = 400;

/** Elements that never hold children, or whose next sibling closes them (`<li><li>`), so they cannot build depth by themselves. */
const VOID_OR_OPTIONAL_END = new Set(
  "area base br col embed hr img input link meta source track wbr keygen param basefont bgsound frame p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body".split(
    " ",
  ),
);

/** Levels the parser adds inside these without tags of their own (`<table><tr>` builds table > tbody > tr > td; list items, options). */
const IMPLIED_LEVELS: Record<string, number> = { table: 3, ul: 1, ol: 1, menu: 1, dir: 1, dl: 1, select: 2, ruby: 1 };

/** Their content is text up to the matching end tag (outside SVG/MathML). `template` is not among them: its content is parsed. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);

/** The HTML spec's "special" elements: an end tag for an ordinary element is ignored when one of these is open above it. */
const SPECIAL = new Set(
  "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp".split(
    " ",
  ),
);

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const rawTextEnd = new Map<string, RegExp>();
function rawTextEndPattern(name: string): RegExp {
  let re = rawTextEnd.get(name);
  if (!re) rawTextEnd.set(name, (re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, "gi")));
  return re;
}

/** Where the tag whose name ends at `from` ends (its ">"), honouring quoted attribute values; -1 if the input ends first. */
function tagEnd(html: string, from: number): { end: number; selfClosing: boolean } {
  let expectValue = false;
  let unquoted = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (c === GT) return { end: j, selfClosing: !unquoted && html.charCodeAt(j - 1) === SLASH };
    if (isSpace(c)) {
      unquoted = false;
    } else if (expectValue && (c === DQ || c === SQ)) {
      const close = html.indexOf(c === DQ ? '"' : "'", j + 1);
      if (close < 0) return { end: -1, selfClosing: false };
      j = close;
      expectValue = false;
    } else if (c === EQ && !unquoted) {
      expectValue = true;
    } else if (expectValue) {
      expectValue = false;
      unquoted = true;
    }
  }
  return { end: -1, selfClosing: false };
}

export type THtmlShape = {
  /** Upper bound on the depth of elements the HTML parser will build. */
  depth: number;
  /** Start tags outside comments and raw text. */
  elements: number;
};

/**
 * One pass over HTML approximating the parser's stack of open elements, erring on the deep side:
 * end tags that the parser would ignore (a stray `</i>`, `</span>` across a `<div>`) do not lower the
 * count, `<div/>` opens a div as it does in HTML, and markup the parser reads as text (comments,
 * script/style bodies) is skipped. Input that ends inside a comment or tag ends the scan, as it
 * ends the parser's. With `stopPast`, the scan stops as soon as either count passes its limit.
 */
export function scanHtml(html: string, stopPast?: THtmlShape): THtmlShape {
  const stack: string[] = [];
  const openAt = new Map<string, number[]>();
  const specialsAt: number[] = [];
  let level = 0;
  let max = 0;
  let elements = 0;
  const inForeign = () => (openAt.get("svg")?.length ?? 0) + (openAt.get("math")?.length ?? 0) > 0;

  const push = (name: string) => {
    const at = stack.length;
    stack.push(name);
    let list = openAt.get(name);
    if (!list) openAt.set(name, (list = []));
    list.push(at);
    if (SPECIAL.has(name)) specialsAt.push(at);
    level += 1 + (IMPLIED_LEVELS[name] ?? 0);
    max = Math.max(max, level);
  };
  const popTo = (at: number) => {
    while (stack.length > at) {
      const name = stack.pop()!;
      openAt.get(name)!.pop();
      level -= 1 + (IMPLIED_LEVELS[name] ?? 0);
      if (specialsAt.at(-1) === stack.length) specialsAt.pop();
    }
  };
  const close = (name: string) => {
    const at = openAt.get(name)?.at(-1);
    if (at === undefined) return;
    // An end tag for an ordinary element (<span>, or <b> through the "adoption agency") with a special element open above it leaves both open.
    if (!SPECIAL.has(name) && (specialsAt.at(-1) ?? -1) > at) return;
    popTo(at);
  };

  let i = 0;
  for (;;) {
    if (stopPast && (max > stopPast.depth || elements > stopPast.elements)) break;
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith("!--", lt + 1)) {
      // "<!-->" and "<!--->" are complete (empty) comments.
      if (html.charCodeAt(lt + 4) === GT) i = lt + 5;
      else if (html.startsWith("->", lt + 4)) i = lt + 6;
      else {
        const end = html.indexOf("-->", lt + 4);
        if (end < 0) break;
        i = end + 3;
      }
      continue;
    }
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */ || (c === SLASH && !isAsciiLetter(html.charCodeAt(lt + 2)))) {
      // Doctype, processing instruction or bogus comment: text up to the next ">".
      const gt = html.indexOf(">", lt + 2);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    const isEnd = c === SLASH;
    const nameStart = isEnd ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length) {
      const d = html.charCodeAt(nameEnd);
      if (isSpace(d) || d === SLASH || d === GT) break;
      nameEnd++;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tag = tagEnd(html, nameEnd);
    if (tag.end < 0) break;
    i = tag.end + 1;
    if (isEnd) {
      close(name);
      continue;
    }
    elements++;
    const foreign = inForeign();
    // Self-closing is honoured only in SVG/MathML; in HTML, `<div/>` opens a div.
    if ((tag.selfClosing && foreign) || VOID_OR_OPTIONAL_END.has(name)) continue;
    push(name);
    if (foreign) continue;
    if (name === "plaintext") break;
    if (RAW_TEXT.has(name)) {
      const re = rawTextEndPattern(name);
      re.lastIndex = i;
      const m = re.exec(html);
      if (!m) break;
      i = m.index;
    }
  }
  return { depth: max, elements };
}

/** Max depth of elements the HTML parser will build (an upper bound; see scanHtml). */
export function htmlNestingDepth(html: string): number {
  return scanHtml(html).depth;
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
