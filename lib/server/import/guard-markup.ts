import "server-only";
import { markdownNestingDepth, MAX_NESTING, scanHtml } from "@/lib/domain/import/nesting-depth";
import { AppError } from "@/lib/errors";

/** More elements than any article page has; parsing this many takes seconds and hundreds of MB. */
export const MAX_HTML_ELEMENTS = 100_000;

/**
 * Refuses markup no article has, before a parser spends seconds or its whole stack on it:
 * nesting deeper than MAX_NESTING levels, or (HTML) more than MAX_HTML_ELEMENTS elements.
 * Both come from one linear pass (scanHtml), so the guard itself cannot be made slow.
 */
export function guardMarkup(content: string, format: "html" | "markdown", what: string): void {
  const html = format === "html" ? scanHtml(content, { depth: MAX_NESTING, elements: MAX_HTML_ELEMENTS }) : null;
  const depth = html ? html.depth : markdownNestingDepth(content);
  if (depth > MAX_NESTING) throw new AppError("BAD_REQUEST", `${what} is nested too deeply to import (more than ${MAX_NESTING} levels).`);
  if (html && html.elements > MAX_HTML_ELEMENTS) {
    throw new AppError("PAYLOAD_TOO_LARGE", `${what} has more than ${MAX_HTML_ELEMENTS.toLocaleString("en")} elements, more than an article can hold.`);
  }
}
