import "server-only";
import { AppError } from "@/lib/errors";
import { finishImport, type TFinishedImport } from "./finish-import";
import { htmlToArticle } from "./html-to-article";
import { markdownToArticle } from "./markdown-to-article";
import { textToArticle } from "./text-to-article";
import { MAX_IMPORT_BYTES } from "./types";

/** Text, HTML or Markdown pasted into the import form (or sent as JSON to the API). */
export function importPasted(input: { format: "text" | "html" | "markdown"; content: string }): TFinishedImport {
  const byteSize = Buffer.byteLength(input.content, "utf8");
  if (byteSize > MAX_IMPORT_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The pasted text is larger than 10 MB.");
  if (!input.content.trim()) throw new AppError("BAD_REQUEST", "Paste some text to import.");
  if (input.content.includes("\u0000")) throw new AppError("BAD_REQUEST", "The pasted text contains binary data.");
  const article =
    input.format === "html" ? htmlToArticle(input.content) : input.format === "markdown" ? markdownToArticle(input.content) : textToArticle(input.content);
  const kind = input.format === "html" ? "HTML" : input.format === "markdown" ? "MARKDOWN" : "TEXT";
  const mimeType = input.format === "html" ? "text/html" : input.format === "markdown" ? "text/markdown" : "text/plain";
  return finishImport({ ...article, kind, original: input.content, byteSize, mimeType }, { what: "The pasted text" });
}
