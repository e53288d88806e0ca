import "server-only";
import { AppError } from "@/lib/errors";
import { ZImportDocumentBody, ZImportFileInput, type TImportDocumentInput } from "@/lib/server/documents/import-document";
import { bodySchema } from "@/lib/server/http/route";
import { isJsonContentType, readCappedBody } from "@/lib/server/http/read-capped-body";
import { MAX_IMPORT_BYTES } from "./types";

// Room for multipart boundaries and headers, or JSON escaping, around a 10 MB payload.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 512 * 1024;
const TOO_LARGE = "The upload is larger than 10 MB.";

/** The form fields an upload may carry beside the file: the importer's own details, parsed strictly (any other field is a 400). */
export const ZUploadFields = bodySchema(ZImportFileInput, ["kind", "fileName", "mimeType", "bytes"]);

/** Every field but `file`, each given once and as text: a repeated or file-valued detail is refused rather than half-read. */
function uploadFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    if (key === "file") {
      if (values.length > 1) throw new AppError("BAD_REQUEST", "Upload one file at a time.");
      continue;
    }
    if (values.length > 1) throw new AppError("BAD_REQUEST", `The form field “${key}” was sent more than once.`);
    if (typeof values[0] !== "string") throw new AppError("BAD_REQUEST", `The form field “${key}” must be text, not a file.`);
    fields[key] = values[0];
  }
  return fields;
}

/**
 * The body of POST /api/w/{slug}/documents as importer input: JSON `{ kind, content | url }`
 * (parsed strictly, unknown keys refused) or multipart/form-data with a `file` and, optionally, the details
 * `title`, `author`, `sourceUrl` and `publishedAt` as text fields (nothing else).
 * The one route allowed more than the 1 MB JSON cap (docs/API.md: 10 MB).
 */
export async function readImportRequest(req: Request): Promise<TImportDocumentInput> {
  const type = req.headers.get("content-type");
  if ((type ?? "").toLowerCase().startsWith("multipart/form-data")) {
    const body = await readCappedBody(req, MAX_BODY_BYTES, TOO_LARGE);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": type! } }).formData();
    } catch {
      throw new AppError("BAD_REQUEST", "The upload could not be read as multipart/form-data.");
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", "Attach the file to import in a form field named “file”.");
    const fileName = (file as File).name || "upload";
    if (file.size > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `“${fileName}” is larger than 10 MB.`);
    const details = ZUploadFields.parse(uploadFields(form));
    // Server-set keys last: no form field can name the file, its type or its bytes.
    return { ...details, kind: "file", fileName, mimeType: file.type || "application/octet-stream", bytes: Buffer.from(await file.arrayBuffer()) };
  }
  if (isJsonContentType(type)) {
    const body = await readCappedBody(req, MAX_BODY_BYTES, TOO_LARGE);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw new AppError("BAD_REQUEST", "The request body is not a valid JSON object.");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new AppError("BAD_REQUEST", "The request body is not a valid JSON object.");
    return ZImportDocumentBody.parse(parsed);
  }
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON ({ kind, content | url }) or upload a file as multipart/form-data.");
}
