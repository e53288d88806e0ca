/**
 * Uploaded source files: what is accepted and how big. The type is read from the file's first
 * bytes, never from its name or the browser's say-so, so a script renamed to .pdf is refused.
 */

/** 20 MB: a scanned record or a long report; the whole file is kept in PostgreSQL. */
export const SOURCE_FILE_MAX_BYTES = 20 * 1024 * 1024;

export const SOURCE_FILE_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export type TSourceFileType = (typeof SOURCE_FILE_TYPES)[number];

/** "PDF, PNG, JPEG or WebP": for messages. */
export const SOURCE_FILE_TYPES_LABEL = "PDF, PNG, JPEG or WebP";

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The file's type from its magic bytes, or null when it is none of the accepted ones. Pure. */
export function sniffFileType(bytes: Uint8Array): TSourceFileType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

export const isImageType = (t: string) => t === "image/png" || t === "image/jpeg" || t === "image/webp";

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment, no
 * control characters, at most 200 characters (keeping the extension), never empty.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\t\n\r]+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!clean) return "file";
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}

/** The title a file source gets when none is given: its name without the extension. */
export const titleFromFileName = (name: string) => name.replace(/\.[a-z0-9]{1,8}$/i, "").replace(/[_-]+/g, " ").trim() || name;
