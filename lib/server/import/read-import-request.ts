import "server-only";
import { AppError } from "@/lib/errors";
import { ZImportDocumentBody, type TImportDocumentInput } from "@/lib/server/documents/import-document";
import { isJsonContentType, readCappedBody } from "@/lib/server/http/read-capped-body";
import { MAX_IMPORT_BYTES } from "./types";

// Room for multipart boundaries and headers, or JSON escaping, around a 10 MB payload.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 512 * 1024;
const TOO_LARGE = "The upload is larger than 10 MB.";

/**
 * The body of POST /api/w/{slug}/documents as importer input: JSON `{ kind, content | url }`
 * (parsed strictly, unknown keys refused) or multipart/form-data with a `file` and nothing else.
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
    const extra = [...new Set(form.keys())].filter((k) => k !== "file");
    if (extra.length) throw new AppError("BAD_REQUEST", `Unexpected form fields: ${extra.join(", ")}. Send only the “file”.`);
    const fileName = (file as File).name || "upload";
    if (file.size > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `“${fileName}” is larger than 10 MB.`);
    return { kind: "file", fileName, mimeType: file.type || "application/octet-stream", bytes: Buffer.from(await file.arrayBuffer()) };
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
