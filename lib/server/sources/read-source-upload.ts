import "server-only";
import { SOURCE_FILE_MAX_BYTES } from "@/lib/domain/evidence/source-files";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/server/http/read-capped-body";
import { ZFileSourceFields } from "./create-file-source";

// Room for the multipart boundaries and the detail fields around the largest file.
const MAX_BODY_BYTES = SOURCE_FILE_MAX_BYTES + 256 * 1024;
const MB = SOURCE_FILE_MAX_BYTES / 1024 / 1024;

/**
 * POST …/sources/upload as createFileSource input: multipart/form-data with one `file` and,
 * optionally, the source's details as text fields (title, publisher, author, publishedAt, type,
 * reliabilityNote, description; nothing else). The body is capped while it streams.
 */
export async function readSourceUpload(req: Request) {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload the file as multipart/form-data, in a field named “file”.");
  }
  const body = await readCappedBody(req, MAX_BODY_BYTES, `The upload is larger than ${MB} MB.`);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The upload could not be read as multipart/form-data.");
  }
  const fields: Record<string, string> = {};
  let file: File | null = null;
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    if (values.length > 1) throw new AppError("BAD_REQUEST", key === "file" ? "Upload one file at a time." : `The form field “${key}” was sent more than once.`);
    const value = values[0]!;
    if (key === "file") {
      if (typeof value === "string") throw new AppError("BAD_REQUEST", "The “file” field must be a file.");
      file = value;
    } else {
      if (typeof value !== "string") throw new AppError("BAD_REQUEST", `The form field “${key}” must be text, not a file.`);
      fields[key] = value;
    }
  }
  if (!file) throw new AppError("BAD_REQUEST", "Attach the file in a form field named “file”.");
  const details = ZFileSourceFields.parse(fields);
  // The server-set keys last: no form field can name the file or its bytes.
  return { ...details, fileName: file.name || "file", bytes: new Uint8Array(await file.arrayBuffer()) };
}
