import { splitArticleHeader } from "./article-header";
import { guessTextMetadata, titleFromText } from "./guess-text-metadata";
import { normalizeText } from "./normalize-text";
import { textToBlocks } from "./text-to-blocks";

export type TArticleDetails = { title: string; author: string; sourceUrl: string; publishedAt: string };

/** The top of an article is all its details come from; reading no further keeps the preview instant while typing into a 10 MB paste. */
const HEAD_CHARS = 20_000;

/**
 * What the text importer will read from a pasted article's top (headline, byline, date, address),
 * for the import form to show and let the person correct before importing. Empty strings where
 * the text says nothing.
 */
export function previewArticleDetails(raw: string): TArticleDetails {
  const head = normalizeText(raw.slice(0, HEAD_CHARS));
  const { title, body } = splitArticleHeader(textToBlocks(head));
  const meta = guessTextMetadata(head);
  const firstParagraph = body.find((b) => b.type === "paragraph");
  return {
    title: title ?? (firstParagraph?.type === "paragraph" ? titleFromText(firstParagraph.lines.join(" "), 200) : undefined) ?? "",
    author: meta.author ?? "",
    sourceUrl: meta.sourceUrl ?? "",
    publishedAt: meta.publishedAt ?? "",
  };
}
