/** Public claim slugs: the `{claim-slug}` in /p/{workspace}/{claim-slug}. Pure. */
export const PUBLIC_SLUG_MAX = 80;
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words our public routes use beside claim slugs, so a claim can never shadow them. */
export const RESERVED_PUBLIC_SLUGS: ReadonlySet<string> = new Set(["methodology", "corrections-policy", "feed", "feeds", "rss", "atom", "data", "search", "sitemap", "embed", "v"]);

export function publicSlugProblem(slug: string): string | null {
  if (slug.length < 3 || slug.length > PUBLIC_SLUG_MAX) return `A public address is 3 to ${PUBLIC_SLUG_MAX} characters.`;
  if (!SLUG_RE.test(slug)) return "Use lowercase letters, digits and single hyphens between them.";
  if (RESERVED_PUBLIC_SLUGS.has(slug)) return `“${slug}” is reserved. Choose another.`;
  return null;
}

/** A slug from the claim's wording: ASCII, lowercase, cut at a word boundary; "claim" when nothing is left. */
export function publicSlugFromText(text: string, max = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let out = "";
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  if (!out && words[0]) out = words[0].slice(0, max);
  if (out.length < 3 || RESERVED_PUBLIC_SLUGS.has(out)) out = out ? `claim-${out}` : "claim";
  return out;
}
