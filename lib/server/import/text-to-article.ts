import "server-only";
import { blocksToJson, type TDocJson } from "@/lib/domain/import/blocks-to-json";
import { guessTextMetadata } from "@/lib/domain/import/guess-text-metadata";
import { normalizeText } from "@/lib/domain/import/normalize-text";
import { MAX_BLOCKS, textToBlocks } from "@/lib/domain/import/text-to-blocks";
import { AppError } from "@/lib/errors";
import { tidyDoc } from "./tidy-doc";
import type { TImportedMetadata } from "./types";

/** Plain text → document, with the headline, byline, dateline and address it shows at the top. */
export function textToArticle(raw: string): Partial<TImportedMetadata> & { json: TDocJson } {
  const text = normalizeText(raw);
  const blocks = textToBlocks(text);
  if (blocks.length > MAX_BLOCKS) throw new AppError("PAYLOAD_TOO_LARGE", `The text has more than ${MAX_BLOCKS.toLocaleString("en")} paragraphs, more than an article can hold.`);
  const json = tidyDoc(blocksToJson(blocks));
  const first = blocks[0];
  const title = first?.type === "heading" ? first.text : undefined;
  return { ...guessTextMetadata(text), title, json };
}
