import { SOURCE_TYPES, type TSourceType } from "@/lib/domain/evidence/source-type";

export const SOURCE_SORTS = ["recent", "title", "cited"] as const;
export type TSourceSort = (typeof SOURCE_SORTS)[number];

export const SOURCE_SORT_LABELS: Record<TSourceSort, string> = {
  recent: "Recently added",
  title: "Title, A–Z",
  cited: "Most cited",
};

/** What the Sources page URL says: search, type filter, sort and page. */
export type TSourceView = { q: string; type: TSourceType | ""; sort: TSourceSort; page: number };

type TSearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The view a Sources URL asks for; hand-edited nonsense falls back to defaults instead of an error page. */
export function parseSourceView(sp: TSearchParams): TSourceView {
  const q = (one(sp.q) ?? "").trim().slice(0, 200);
  const typeParam = (one(sp.type) ?? "").toUpperCase();
  const type = (SOURCE_TYPES as readonly string[]).includes(typeParam) ? (typeParam as TSourceType) : "";
  const sortParam = one(sp.sort) ?? "";
  const sort = (SOURCE_SORTS as readonly string[]).includes(sortParam) ? (sortParam as TSourceSort) : "recent";
  const pageNum = Number(one(sp.page));
  const page = Number.isInteger(pageNum) && pageNum >= 1 && pageNum <= 100_000 ? pageNum : 1;
  return { q, type, sort, page };
}

export const hasSourceFilters = (v: Pick<TSourceView, "q" | "type">) => !!v.q || !!v.type;

/** The Sources page URL for a view, defaults left out so links stay short and shareable. */
export function sourcesHref(slug: string, view: Partial<TSourceView>): string {
  const sp = new URLSearchParams();
  if (view.q) sp.set("q", view.q);
  if (view.type) sp.set("type", view.type);
  if (view.sort && view.sort !== "recent") sp.set("sort", view.sort);
  if (view.page && view.page > 1) sp.set("page", String(view.page));
  const qs = sp.toString();
  return `/w/${encodeURIComponent(slug)}/sources${qs ? `?${qs}` : ""}`;
}

/** A source's own page; with a snapshot id, that capture's text with the citing excerpts highlighted. */
export function sourcePageHref(slug: string, sourceId: string, snapshotId?: string | null): string {
  return `/w/${encodeURIComponent(slug)}/sources/${encodeURIComponent(sourceId)}${snapshotId ? `?snapshot=${encodeURIComponent(snapshotId)}` : ""}`;
}

/** Where a citing claim lives: its document, opened at the claim. */
export const claimHref = (slug: string, c: { claimId: string; documentId: string }) =>
  `/w/${encodeURIComponent(slug)}/documents/${encodeURIComponent(c.documentId)}?claim=${encodeURIComponent(c.claimId)}`;

/** "www.example.org" from a URL, for lists; the URL itself when it does not parse. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** Only web addresses become links: a stored value is never trusted to be http(s) (javascript: and data: stay text). */
export const isWebAddress = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);
