import { isImageType } from "@/lib/domain/evidence/source-files";
import { apiRoute } from "@/lib/server/http/route";
import { SOURCE_FILE_CSP } from "@/lib/server/http/security-headers";
import { getSourceFile } from "@/lib/server/sources/get-source-file";

type TParams = { slug: string; id: string };

/**
 * The uploaded file of a source. Images are shown inline, everything else downloads; never
 * sniffed, never cached, and sandboxed should a browser render it anyway.
 */
export const GET = apiRoute<TParams>(async ({ actor, params }) => {
  const file = await getSourceFile({ workspaceSlug: params.slug, sourceId: params.id, actor });
  const disposition = `${isImageType(file.mediaType) ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": disposition,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": SOURCE_FILE_CSP,
      "Cache-Control": "private, no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
      ETag: `"${file.sha256}"`,
    },
  });
});
