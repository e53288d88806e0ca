import { apiRoute } from "@/lib/server/http/route";
import { ARCHIVED_PAGE_CSP } from "@/lib/server/http/security-headers";
import { getSnapshotHtml } from "@/lib/server/snapshots/get-snapshot-html";

type TParams = { slug: string; id: string };

/**
 * The archived page source, never as a live page of ours: the CSP's `sandbox` (no allow-scripts,
 * no allow-same-origin) runs none of its scripts and gives it an opaque origin, so it cannot act
 * with the viewer's cookies or read anything of ours; it loads images only. proxy.ts sends the
 * same policy for this path (lib/server/http/security-headers.ts) instead of the app's own.
 */
export const GET = apiRoute<TParams>(async ({ actor, params }) => {
  const { html } = await getSnapshotHtml({ workspaceSlug: params.slug, snapshotId: params.id, actor });
  return new Response(html, {
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
