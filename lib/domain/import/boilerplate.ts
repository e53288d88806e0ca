/**
 * Lines that are site furniture rather than article text, matched whole (case-insensitive), so a
 * sentence that merely contains these words is never dropped. Kept short on purpose: only what
 * real pasted articles show and nothing could mean otherwise.
 */
const BOILERPLATE_LINES = new Set(
  [
    "previous post",
    "next post",
    "previous post next post",
    "previous article",
    "next article",
    "comments are closed.",
    "comments are closed",
    "leave a comment",
    "leave a reply",
    "share this:",
    "share this article",
    "share on facebook",
    "share on twitter",
    "click to share on twitter (opens in new window)",
    "click to share on facebook (opens in new window)",
    "advertisement",
    "skip to content",
    "skip to main content",
    "related posts",
    "like this:",
    "loading...",
    "no hay comentarios:",
    "publicar un comentario",
    "entrada más reciente",
    "entrada antigua",
    "página principal",
    "suscribirse a: enviar comentarios (atom)",
  ].map((s) => s.toLowerCase()),
);

/** Longer than any entry above with room for stray spaces; longer lines are never normalised and looked up. */
const MAX_BOILERPLATE_LINE = 200;

export function isBoilerplateLine(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  return BOILERPLATE_LINES.has(line.trim().replace(/\s+/g, " ").toLowerCase());
}
