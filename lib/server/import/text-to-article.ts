import "server-only";
import { splitArticleHeader } from "@/lib/domain/import/article-header";
import { blocksToJson } from "@/lib/domain/import/blocks-to-json";
import { commentCutNote, findCommentSection } from "@/lib/domain/import/comment-section";
import { guessTextMetadata } from "@/lib/domain/import/guess-text-metadata";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { MAX_BLOCKS, textToBlocks } from "@/lib/domain/import/text-to-blocks";
import { AppError } from "@/lib/errors";
import { tidyDoc } from "./tidy-doc";
import type { TArticle } from "./types";

/**
 * Plain text → document, with the headline, byline, dateline and address it shows at the top
 * (read into the metadata and out of the body), and without a reader comment section after it.
 */
export function textToArticle(raw: string): TArticle {
  const text = normalizeText(raw);
  const lines = text.split("\n");
  const cut = findCommentSection(lines);
  const article = cut ? lines.slice(0, cut.index).join("\n") : text;
  const blocks = textToBlocks(article);
  if (blocks.length > MAX_BLOCKS) throw new AppError("PAYLOAD_TOO_LARGE", `The text has more than ${MAX_BLOCKS.toLocaleString("en")} paragraphs, more than an article can hold.`);
  const { title, body } = splitArticleHeader(blocks);
  const json = tidyDoc(blocksToJson(body));
  const note = cut ? commentCutNote(lines.slice(cut.index)) : null;
  return { ...guessTextMetadata(article), title, json, leftOut: note ? [note] : [] };
}
