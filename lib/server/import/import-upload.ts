import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import { decodeTextBytes, sniffBinaryFormat } from "./decode-text-bytes";
import { finishImport, type TFinishedImport } from "./finish-import";
import { htmlToArticle } from "./html-to-article";
import { markdownToArticle } from "./markdown-to-article";
import { repackZip } from "./repack-zip";
import { textToArticle } from "./text-to-article";
import { MAX_IMPORT_BYTES } from "./types";

type TFormat = "text" | "markdown" | "html" | "docx";

const BY_EXTENSION: Record<string, TFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
};

const BY_MIME: Record<string, TFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

function formatOf(fileName: string, mimeType: string): TFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const byExt = ext ? BY_EXTENSION[ext] : undefined;
  if (byExt) return byExt;
  const byMime = BY_MIME[mimeType.split(";")[0]!.trim().toLowerCase()];
  if (byMime) return byMime;
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    `${ext ? `.${ext} files` : "This kind of file"} can't be imported. Upload a .txt, .md, .html or .docx file.`,
  );
}

// Text, styles and a few images; far more than any article needs once unpacked.
const MAX_DOCX_UNPACKED = 100 * 1024 * 1024;

async function docxToHtml(bytes: Buffer, what: string): Promise<{ html: string; raw: string }> {
  if (sniffBinaryFormat(bytes) !== "a ZIP archive") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The file is not a valid .docx document.");
  // mammoth reads only what repackZip inflated under the cap and checked, never the upload's own compressed parts.
  const verified = repackZip(bytes, { maxUnpacked: MAX_DOCX_UNPACKED, what });
  try {
    const [{ value: html }, { value: raw }] = await Promise.all([mammoth.convertToHtml({ buffer: verified }), mammoth.extractRawText({ buffer: verified })]);
    return { html, raw };
  } catch (e) {
    throw new AppError("BAD_REQUEST", "The .docx file could not be read. It may be damaged, or not a Word document.", { cause: e });
  }
}

/** A .txt, .md, .html or .docx upload: format by extension (else MIME type), content checked by its bytes. */
export async function importUpload(input: { fileName: string; mimeType: string; bytes: Buffer }): Promise<TFinishedImport> {
  const { fileName, bytes } = input;
  const what = `“${fileName}”`;
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `${what} is larger than 10 MB.`);
  if (bytes.length === 0) throw new AppError("BAD_REQUEST", `${what} is empty.`);
  const format = formatOf(fileName, input.mimeType);
  const fallbackTitle = fileName.replace(/\.[A-Za-z0-9]+$/, "").replace(/[_-]+/g, " ");
  const base = { sourceName: fileName.slice(0, 500), byteSize: bytes.length };
  if (format === "docx") {
    const { html, raw } = await docxToHtml(bytes, what);
    const article = htmlToArticle(html, { extract: false });
    return finishImport(
      { ...article, ...base, kind: "DOCX", original: raw, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      { what, fallbackTitle },
    );
  }
  const text = decodeTextBytes(bytes, { what });
  if (format === "html") return finishImport({ ...htmlToArticle(text), ...base, kind: "HTML", original: text, mimeType: "text/html" }, { what, fallbackTitle });
  if (format === "markdown") return finishImport({ ...markdownToArticle(text), ...base, kind: "MARKDOWN", original: text, mimeType: "text/markdown" }, { what, fallbackTitle });
  return finishImport({ ...textToArticle(text), ...base, kind: "TEXT", original: text, mimeType: "text/plain" }, { what, fallbackTitle });
}
