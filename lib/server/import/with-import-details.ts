import "server-only";
import type { TFinishedImport } from "./finish-import";

export type TImportDetails = { title?: string; author?: string; sourceUrl?: string; publishedAt?: string };

/** The details the person importing gave (already validated), each replacing what the importer read from the text. */
export function withImportDetails(imported: TFinishedImport, details: TImportDetails): TFinishedImport {
  return {
    ...imported,
    title: details.title ?? imported.title,
    author: details.author ?? imported.author,
    sourceUrl: details.sourceUrl ?? imported.sourceUrl,
    publishedAt: details.publishedAt ?? imported.publishedAt,
  };
}
