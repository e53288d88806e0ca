/**
 * Prisma's `contains` / `startsWith` / `endsWith` become `LIKE '%…%'` without escaping, so a typed
 * `%` or `_` would match anything. This makes the user's text match only itself under PostgreSQL's
 * default LIKE escape character, the backslash (which is escaped first, so it too matches itself).
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
