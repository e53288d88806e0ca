/** Links in documents may point to http(s) and mailto only (DESIGN.md security rules). */
export const ALLOWED_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

export function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}
