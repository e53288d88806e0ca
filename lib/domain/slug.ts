/** Workspace slugs: the `{workspace-slug}` in /w/… and /api/w/… URLs. Pure rules, no I/O. */
export const SLUG_MIN = 3;
export const SLUG_MAX = 40;

/** Words that name (or may one day name) our own routes, so a workspace can never shadow them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "admin", "api", "app", "assets", "auth", "billing", "dashboard", "docs", "help", "invite",
  "invitations", "login", "logout", "me", "new", "public", "settings", "signin", "signout", "signup",
  "static", "status", "support", "system", "w", "www", "factdesk", "_next", "health", "feeds",
]);

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `slug` is not acceptable, or null when it is. */
export function slugProblem(slug: string): string | null {
  if (slug.length < SLUG_MIN) return `Use at least ${SLUG_MIN} characters.`;
  if (slug.length > SLUG_MAX) return `Use at most ${SLUG_MAX} characters.`;
  if (!SLUG_RE.test(slug)) return "Use lowercase letters, digits and single hyphens between them.";
  if (RESERVED_SLUGS.has(slug)) return `“${slug}” is reserved. Choose another.`;
  return null;
}

/** A best-effort slug from a workspace name; may still need a suffix (too short, reserved, taken). */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}

/** `base` with a suffix appended, still within SLUG_MAX and well-formed. */
export function withSlugSuffix(base: string, suffix: string): string {
  const room = SLUG_MAX - suffix.length - 1;
  const head = base.slice(0, room).replace(/-+$/g, "");
  return head ? `${head}-${suffix}` : suffix;
}
