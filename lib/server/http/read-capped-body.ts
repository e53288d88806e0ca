import "server-only";
import { AppError } from "@/lib/errors";

/** Every JSON body unless a route documents a larger one (the document import takes 10 MB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * Reads at most `max` bytes of a request body: refused by Content-Length before reading, and
 * while streaming as soon as the cap is passed (a missing or lying Content-Length cannot make
 * us buffer more).
 */
export async function readCappedBody(req: Request, max: number, tooLargeMessage: string): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage);
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
      throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** True when the Content-Type's media type is exactly application/json; parameters (`; charset=utf-8`) may follow. */
export function isJsonContentType(header: string | null): boolean {
  // A substring test would take `text/plain;application/json`, which a cross-site form or
  // no-cors fetch may send without a CORS preflight.
  return (header ?? "").split(";", 1)[0]!.trim().toLowerCase() === "application/json";
}
