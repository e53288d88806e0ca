import "server-only";
import { htmlNestingDepth, markdownNestingDepth, MAX_NESTING } from "@/lib/domain/import/nesting-depth";
import { AppError } from "@/lib/errors";

/** More elements than any article page has; parsing this many takes seconds and hundreds of MB. */
export const MAX_HTML_ELEMENTS = 100_000;

/**
 * Refuses markup no article has, before a parser spends seconds or its whole stack on it:
 * nesting deeper than MAX_NESTING levels, or (HTML) more than MAX_HTML_ELEMENTS elements.
 */
export function guardMarkup(content: string, format: "html" | "markdown", what: string): void {
  const depth = format === "html" ? htmlNestingDepth(content) : markdownNestingDepth(content);
  if (depth > MAX_NESTING) throw new AppError("BAD_REQUEST", `${what} is nested too deeply to import (more than ${MAX_NESTING} levels).`);
  if (format === "html") {
    const tag = /<[a-zA-Z]/g;
    let elements = 0;
    while (tag.exec(content)) {
      if (++elements > MAX_HTML_ELEMENTS) {
        throw new AppError("PAYLOAD_TOO_LARGE", `${what} has more than ${MAX_HTML_ELEMENTS.toLocaleString("en")} elements, more than an article can hold.`);
      }
    }
  }
}
