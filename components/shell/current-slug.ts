/** The workspace slug in a /w/<slug>/… path, or null elsewhere. */
export function currentSlug(pathname: string | null): string | null {
  const m = /^\/w\/([^/]+)/.exec(pathname ?? "");
  return m ? decodeURIComponent(m[1]!) : null;
}
