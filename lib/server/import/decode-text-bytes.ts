import "server-only";
import { AppError } from "@/lib/errors";

const MAGIC: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46]],
  ["an image (PNG)", [0x89, 0x50, 0x4e, 0x47]],
  ["an image (JPEG)", [0xff, 0xd8, 0xff]],
  ["an image (GIF)", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Word document (.doc)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a program", [0x7f, 0x45, 0x4c, 0x46]],
];

/** Names a known binary format from the file's first bytes, or null. */
export function sniffBinaryFormat(buf: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => buf[i] === b)) return name;
  return null;
}

/**
 * Bytes → text, refusing binaries. UTF-8 (with or without BOM) first; UTF-16 by its BOM; text that
 * is not valid UTF-8 is read as Windows-1252, the usual encoding of older Western files.
 */
export function decodeTextBytes(buf: Uint8Array, opts: { charset?: string | null; what?: string } = {}): string {
  const what = opts.what ?? "The file";
  if (buf.length === 0) throw new AppError("BAD_REQUEST", `${what} is empty.`);
  const known = sniffBinaryFormat(buf);
  if (known) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${what} looks like ${known}, not text.`);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const sample = buf.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${what} is a binary file, not text.`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls / sample.length > 0.02) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `${what} is a binary file, not text.`);
  const charset = opts.charset?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(buf);
    } catch {
      // Unknown label: fall through to our own detection.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}
