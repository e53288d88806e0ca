import "server-only";
import type { TDocJson } from "@/lib/domain/import/blocks-to-json";
import type { ImportKind } from "@/lib/generated/prisma/enums";

/** What every importer returns: an editable document plus the untouched original it came from. */
export type TImported = {
  kind: ImportKind;
  title: string;
  publisher?: string;
  author?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  sourceUrl?: string;
  /** Tiptap JSON valid for documentSchema(). */
  json: TDocJson;
  /** The original as received (decoded text, HTML source, or a .docx's raw text): kept immutable beside the document. */
  original: string;
  sourceName?: string;
  mimeType?: string;
  byteSize: number;
  /** What the importer left out of the article (a comment section…), said in a sentence each for the person importing. */
  leftOut?: string[];
};

export type TImportedMetadata = Pick<TImported, "title" | "publisher" | "author" | "publishedAt" | "sourceUrl">;

/** What each format's converter hands to finishImport. */
export type TArticle = Partial<TImportedMetadata> & { json: TDocJson; leftOut?: string[] };

/** Upload and paste limit. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
