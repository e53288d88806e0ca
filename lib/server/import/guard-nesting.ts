import "server-only";
import { htmlNestingDepth, markdownNestingDepth, MAX_NESTING } from "@/lib/domain/import/nesting-depth";
import { AppError } from "@/lib/errors";

/** Refuses markup nested deeper than any article is, before a recursive parser can choke on it. */
export function guardNesting(content: string, format: "html" | "markdown", what: string): void {
  const depth = format === "html" ? htmlNestingDepth(content) : markdownNestingDepth(content);
  if (depth > MAX_NESTING) throw new AppError("BAD_REQUEST", `${what} is nested too deeply to import (more than ${MAX_NESTING} levels).`);
}
