import type { TListState } from "./types";

/** The list URL for a state, leaving defaults out so links stay short and shareable. */
export function listHref(slug: string, state: Partial<TListState>): string {
  const sp = new URLSearchParams();
  if (state.q) sp.set("q", state.q);
  if (state.sort && state.sort !== "lastActivityAt") sp.set("sort", state.sort);
  if (state.order) sp.set("order", state.order);
  if (state.page && state.page > 1) sp.set("page", String(state.page));
  const qs = sp.toString();
  return `/w/${slug}/documents${qs ? `?${qs}` : ""}`;
}
