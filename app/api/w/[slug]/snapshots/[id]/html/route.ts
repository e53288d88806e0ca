import { apiRoute } from "@/lib/server/http/route";
import { ARCHIVED_PAGE_CSP } from "@/lib/server/http/security-headers";
import { getSnapshotHtml } from "@/lib/server/snapshots/get-snapshot-html";
import { neutralizeArchivedHtml } from "@/lib/server/snapshots/neutralize-archived-html";

type TParams = { slug: string; id: string };

/**
 * The archived page source, never as a live page of ours: the CSP's `sandbox` (no allow-scripts,
 * no allow-same-origin) runs none of its scripts and gives it an opaque origin, so it cannot act
 * with the viewer's cookies or read anything of ours; meta refreshes and <base> are removed
 * (neutralizeArchivedHtml) and images load only from data: URLs, so the cited site cannot even
 * log who is reading its archived copy. proxy.ts sends the
 * same policy for this path (lib/server/http/security-headers.ts) instead of the app's own.
 */
export const GET = apiRoute<TParams>(async ({ actor, params }) => {
  const { html } = await getSnapshotHtml({ workspaceSlug: params.slug, snapshotId: params.id, actor });
  return new Response(neutralizeArchivedHtml(html), {
    status: 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": ARCHIVED_PAGE_CSP,
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      "Cache-Control": "private, no-store",
    },
  });
});
