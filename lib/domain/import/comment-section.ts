import type { TDocJson } from "./blocks-to-json";
import { parseLooseDate } from "./guess-text-metadata";

/**
 * Where an article ends and its reader comments begin, in a pasted or uploaded page: comment
 * threads copied with an article read as more article ("1. Excellent article, guys!") and would be
 * quoted as if the publisher had written them. Works on a sequence of units, a line of text or a
 * block of HTML each, looking for what comment sections show: a heading ("14 comments", "Leave a
 * Reply"), the post navigation followed by comments, and clusters of "Reply" links, "X says:" lines
 * and dated author lines. Never cuts before the article has said something.
 */

/** Text the cut must leave before it: a comment heading in a teaser is not the end of the article. */
const MIN_ARTICLE_CHARS = 400;

const COMMENT_HEADING =
  /^(?:\d[\d,.]*k?\s+(?:comments?|responses?|replies|reactions?|thoughts? on\b.*|comentarios?|respuestas?)|(?:\d[\d,.]*k?\s+)?responses? to\b.*|comments?\s*\(\d[\d,]*\)|(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments?|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|comments are closed\.?|no hay comentarios:?|publicar un comentario|deja un comentario|dejar un comentario)$/i;
/** A bare "Comments" counts only with comments after it. */
const BARE_COMMENTS = /^(?:comments?|reader comments|discussion|conversation|comentarios)$/i;
const POST_NAVIGATION = /^(?:(?:«\s*)?(?:previous|next|older|newer)\s+(?:post|article|entry|story)s?(?:\s*»)?|previous post\s+next post|entrada (?:más reciente|antigua))$/i;
const NUMBERED = /^\d{1,3}[.)]\s+\S/;
const REPLY = /^(?:reply|reply ↓|↳ reply|responder|report(?: comment)?|like|log in to reply|\d+\s+likes?)$/i;
const SAYS = /^[\p{L}][\p{L}\d .'’_-]{0,50}\s(?:says|said|wrote|dice|escribió):?$/iu;
const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?!\d)/i;

type TSignal = "heading" | "bare" | "nav" | "numbered" | "reply" | "says" | "dated";

function signalOf(text: string): TSignal | null {
  const t = text.trim().replace(/\s+/g, " ");
  if (t.length > 160) return null;
  if (COMMENT_HEADING.test(t)) return "heading";
  if (BARE_COMMENTS.test(t)) return "bare";
  if (POST_NAVIGATION.test(t)) return "nav";
  if (REPLY.test(t)) return "reply";
  if (SAYS.test(t)) return "says";
  // "Jane Roe on August 8, 2011 at 10:12 am", "August 8, 2011 at 10:12 am": when a comment was written.
  if (t.length <= 100 && CLOCK.test(t) && parseLooseDate(t)) return "dated";
  if (NUMBERED.test(t)) return "numbered";
  return null;
}

const COMMENT_MARKS: ReadonlySet<TSignal> = new Set(["reply", "says", "dated"]);

export type TCommentCut = {
  /** Index of the first unit that belongs to the comments. */
  index: number;
  /** What gave it away, for the import's report. */
  reason: "heading" | "navigation" | "replies";
};

/** The first unit of a comment section among `units` (trimmed text of each line or block), or null. */
export function findCommentSection(units: readonly string[]): TCommentCut | null {
  const signals = units.map(signalOf);
  let prose = 0;
  for (let i = 0; i < units.length; i++) {
    const enough = prose >= MIN_ARTICLE_CHARS;
    const signal = signals[i];
    prose += signal ? 0 : units[i]!.trim().length;
    if (!enough || !signal) continue;
    const ahead = signals.slice(i + 1, i + 13).filter((s): s is TSignal => s !== null);
    if (signal === "heading") return { index: i, reason: "heading" };
    if (signal === "bare" && ahead.some((s) => COMMENT_MARKS.has(s) || s === "numbered")) return { index: i, reason: "heading" };
    if (signal === "nav") {
      // Post navigation ends a blog post; it starts the comments only if comments follow right after it.
      const next = signals.slice(i + 1, i + 5).find((s) => s !== "nav" && s !== null);
      const nextUnit = units.slice(i + 1).findIndex((u, k) => signals[i + 1 + k] !== "nav" && u.trim() !== "");
      if (next || (nextUnit >= 0 && nextUnit < 4 && NUMBERED.test(units[i + 1 + nextUnit]!.trim()))) return { index: i, reason: "navigation" };
      continue;
    }
    if (COMMENT_MARKS.has(signal) && ahead.filter((s) => COMMENT_MARKS.has(s)).length >= 2) {
      // A short line just before "says:" or a timestamp is the commenter's name.
      const prev = units[i - 1]?.trim() ?? "";
      const named = signal !== "says" && prev.length > 0 && prev.length <= 40 && !/[.!?:]["'”’)]*$/.test(prev);
      return { index: named ? i - 1 : i, reason: "replies" };
    }
  }
  return null;
}

/** What a cut left out, for the import's report: its words and how its first comment starts; null when it is only headings and links. */
export function describeCut(units: readonly string[]): { words: number; startsWith: string } | null {
  // Numbered lines are the comments themselves; headings, links and timestamps are not what was said.
  const prose = units.map((u) => u.trim()).filter((u) => u && (signalOf(u) ?? "numbered") === "numbered");
  if (!prose.length) return null;
  const words = prose.reduce((n, u) => n + u.split(/\s+/).length, 0);
  const first = prose[0]!.replace(/^\d{1,3}[.)]\s+/, "");
  const startsWith = first.length > 60 ? `${first.slice(0, 60).replace(/\s+\S*$/, "")}…` : first;
  return { words, startsWith };
}

/** One sentence for the person importing: what was left out and that the original keeps it. */
export function commentCutNote(units: readonly string[]): string | null {
  const cut = describeCut(units);
  if (!cut) return null;
  return `Left out what looks like reader comments (${cut.words.toLocaleString("en")} words, starting “${cut.startsWith}”). The original import keeps them.`;
}

function plainText(node: TDocJson): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(plainText).join("");
}

/** The same cut on a document's top-level blocks (an HTML import): list items count one by one, numbered as shown. */
export function cutCommentsFromDoc(doc: TDocJson): { doc: TDocJson; leftOut: string[] } {
  const blocks = doc.content ?? [];
  const units: { text: string; block: number; item: number }[] = [];
  blocks.forEach((b, block) => {
    if (b.type === "orderedList" || b.type === "bulletList") {
      const start = typeof b.attrs?.start === "number" ? b.attrs.start : 1;
      (b.content ?? []).forEach((li, item) => units.push({ text: `${b.type === "orderedList" ? `${start + item}. ` : ""}${plainText(li)}`, block, item }));
    } else units.push({ text: plainText(b), block, item: 0 });
  });
  const cut = findCommentSection(units.map((u) => u.text));
  if (!cut) return { doc, leftOut: [] };
  const at = units[cut.index]!;
  const kept = blocks.slice(0, at.block);
  if (at.item > 0) kept.push({ ...blocks[at.block]!, content: blocks[at.block]!.content!.slice(0, at.item) });
  const note = commentCutNote(units.slice(cut.index).map((u) => u.text));
  return { doc: { ...doc, content: kept.length ? kept : [{ type: "paragraph" }] }, leftOut: note ? [note] : [] };
}
