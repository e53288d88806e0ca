import { apiRoute } from "@/lib/server/http/route";
import { createFileSource } from "@/lib/server/sources/create-file-source";
import { readSourceUpload } from "@/lib/server/sources/read-source-upload";
import { requireSourceUploader } from "@/lib/server/sources/require-source-uploader";

type TParams = { slug: string };

/** Uploads a PDF or image as a source (multipart/form-data; docs/API.md). */
export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    // Who may upload first: the body is read (up to 20 MB) only for them.
    await requireSourceUploader({ workspaceSlug: params.slug, actor });
    const upload = await readSourceUpload(req);
    return createFileSource({ ...upload, workspaceSlug: params.slug, actor });
  },
  { status: 201 },
);
