import type { TTextDiff } from "./text-diff";

/**
 * What GET /api/w/{slug}/documents/{id}/original answers: the original import beside the working
 * copy. `articleText` is the article as the importer made it (null when not kept: only the source
 * as received, `sourceText`, is there); `changes` diffs the working copy against it (null when
 * there is nothing to diff against, or the texts are too far apart to diff in time).
 */
export type TDocumentOriginalDto = {
  documentId: string;
  kind: string;
  sourceName: string | null;
  importedAt: string;
  importedBy: string | null;
  /** SHA-256 of the source as received, hex */
  sha256: string;
  articleText: string | null;
  /** The source as received (decoded text, HTML source, …), shown only when no article text is kept. */
  sourceText: string | null;
  workingText: string;
  changes: TTextDiff | null;
  /** Claims whose quote's words are not in the original: the original's words they stand for, and the word diff. */
  claims: { id: string; quote: string; originalQuote: string | null; changes: TTextDiff | null }[];
};
