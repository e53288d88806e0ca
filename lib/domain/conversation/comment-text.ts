import { isUuid } from "@/lib/domain/ids";

/**
 * Comment bodies are plain text. Two things in them become more than text when shown:
 *
 * - a mention, stored as the token `@[Display name](user:<uuid>)` that the composer's
 *   autocomplete inserts (so a mention names one member for sure, whatever their name contains);
 * - a web address starting with http:// or https://, shown as a link.
 *
 * Nothing else is interpreted: HTML stays text, and markdown link syntax stays literal text, so
 * `[click](javascript:alert(1))` or `data:` addresses never become active. Pure; the server parses
 * mentions with it (to notify) and the browser segments bodies with it (to render as React text).
 */

export const COMMENT_MAX = 5000;
export const MENTION_NAME_MAX = 120;

export type TCommentSegment =
  | { type: "text"; text: string }
  | { type: "mention"; userId: string; name: string }
  | { type: "link"; href: string; text: string };

// `@[name](user:id)`: the name has no brackets or line breaks; the id is checked as a UUID after.
const MENTION = /@\[([^\]\n\r]{1,120})\]\(user:([0-9a-fA-F-]{36})\)/g;
// A web address: http(s)://, then anything but whitespace and angle brackets.
const URL_RE = /\bhttps?:\/\/[^\s<>"]+/gi;
// Punctuation that ends a sentence rather than the address ("see https://x.example/a.").
const TRAILING = /[.,;:!?)\]'"’”]+$/;

/** The token the composer inserts for a member. Brackets in a name are dropped (they would end it). */
export function mentionToken(user: { id: string; name: string }): string {
  const name = user.name.replace(/[[\]\n\r]/g, "").trim().slice(0, MENTION_NAME_MAX) || "member";
  return `@[${name}](user:${user.id.toLowerCase()})`;
}

/** The distinct user ids mentioned in a body, in order of first mention (well-formed tokens only). */
export function mentionedUserIds(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(MENTION)) {
    const id = m[2]!.toLowerCase();
    if (isUuid(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

function linkify(text: string): TCommentSegment[] {
  const out: TCommentSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let href = m[0];
    const trail = TRAILING.exec(href)?.[0] ?? "";
    href = href.slice(0, href.length - trail.length);
    if (!URL.canParse(href)) continue;
    const start = m.index!;
    if (start > last) out.push({ type: "text", text: text.slice(last, start) });
    out.push({ type: "link", href, text: href });
    last = start + href.length;
  }
  if (last < text.length) out.push({ type: "text", text: text.slice(last) });
  return out;
}

/** A body as segments to render: text (shown as text), mentions and http(s) links. */
export function commentSegments(body: string): TCommentSegment[] {
  const out: TCommentSegment[] = [];
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const id = m[2]!.toLowerCase();
    if (!isUuid(id)) continue;
    const start = m.index!;
    if (start > last) out.push(...linkify(body.slice(last, start)));
    out.push({ type: "mention", userId: id, name: m[1]!.trim() });
    last = start + m[0].length;
  }
  if (last < body.length) out.push(...linkify(body.slice(last)));
  // Adjacent text pieces read as one.
  return out.reduce<TCommentSegment[]>((acc, s) => {
    const prev = acc[acc.length - 1];
    if (prev?.type === "text" && s.type === "text") prev.text += s.text;
    else acc.push({ ...s });
    return acc;
  }, []);
}

/** The body as plain text for mail and search: mentions as "@Name", links as their address. */
export function commentPlainText(body: string): string {
  return commentSegments(body)
    .map((s) => (s.type === "mention" ? `@${s.name}` : s.text))
    .join("");
}
