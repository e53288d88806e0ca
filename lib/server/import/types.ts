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
};

export type TImportedMetadata = Pick<TImported, "title" | "publisher" | "author" | "publishedAt" | "sourceUrl">;

/** Upload and paste limit. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
