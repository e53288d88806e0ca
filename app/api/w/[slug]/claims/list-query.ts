import type { TListClaimsInput } from "@/lib/server/claims/list-claims";

/** The list filters and sort from a query string (shared by the list and the CSV export); `status` may repeat or be comma-separated. */
export function listFilters(url: string): Omit<TListClaimsInput, "workspaceSlug" | "page" | "pageSize"> {
  const sp = new URL(url).searchParams;
  const one = (k: string) => sp.get(k) ?? undefined;
  const statuses = sp.getAll("status");
  return {
    documentId: one("documentId"),
    status: statuses.length ? statuses : undefined,
    assigneeId: one("assigneeId"),
    detached: one("detached") as never,
    q: one("q"),
    sort: one("sort") as never,
    order: one("order") as never,
  };
}

export function listQuery(url: string): Omit<TListClaimsInput, "workspaceSlug"> {
  const sp = new URL(url).searchParams;
  return { ...listFilters(url), page: sp.get("page") ?? undefined, pageSize: sp.get("pageSize") ?? undefined };
}
