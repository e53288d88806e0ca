import { apiRoute } from "@/lib/server/http/route";
import { createFileSource } from "@/lib/server/sources/create-file-source";
import { readSourceUpload } from "@/lib/server/sources/read-source-upload";

type TParams = { slug: string };

/** Uploads a PDF or image as a source (multipart/form-data; docs/API.md). */
export const POST = apiRoute<TParams>(
  async ({ actor, params, req }) => {
    const upload = await readSourceUpload(req);
    return createFileSource({ ...upload, workspaceSlug: params.slug, actor });
  },
  { status: 201 },
);
