"use client";

import { useEffect } from "react";

export const LAST_WORKSPACE_COOKIE = "fd_last_workspace";

/** Remembers the workspace last opened, so the dashboard can offer it first. */
export function RememberWorkspace({ slug }: { slug: string }) {
  useEffect(() => {
    document.cookie = `${LAST_WORKSPACE_COOKIE}=${encodeURIComponent(slug)}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
  }, [slug]);
  return null;
}
