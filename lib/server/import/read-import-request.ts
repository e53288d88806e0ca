import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "./types";

// Room for multipart boundaries and headers, or JSON escaping, around a 10 MB payload.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 512 * 1024;
const TOO_LARGE = "The upload is larger than 10 MB.";

/** Reads at most `max` bytes of a request body, refusing by Content-Length before reading and stopping as soon as the cap is passed. */
async function readCapped(req: Request, max: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The body of POST /api/w/{slug}/documents as importer input: JSON `{ kind, content | url }` or
 * multipart/form-data with a `file`. Unvalidated beyond shape; importDocument validates.
 */
export async function readImportRequest(req: Request): Promise<Record<string, unknown>> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const body = await readCapped(req, MAX_BODY_BYTES);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": req.headers.get("content-type")! } }).formData();
    } catch {
      throw new AppError("BAD_REQUEST", "The upload could not be read as multipart/form-data.");
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", "Attach the file to import in a form field named “file”.");
    const fileName = (file as File).name || "upload";
    if (file.size > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `“${fileName}” is larger than 10 MB.`);
    return { kind: "file", fileName, mimeType: file.type || "application/octet-stream", bytes: Buffer.from(await file.arrayBuffer()) };
  }
  if (type.includes("application/json")) {
    const body = await readCapped(req, MAX_BODY_BYTES);
    try {
      const parsed: unknown = JSON.parse(body.toString("utf8"));
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      return parsed as Record<string, unknown>;
    } catch {
      throw new AppError("BAD_REQUEST", "The request body is not a valid JSON object.");
    }
  }
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON ({ kind, content | url }) or upload a file as multipart/form-data.");
}
