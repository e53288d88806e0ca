import { diffWordsWithSpace } from "diff";

/**
 * A word-level diff of a document's working copy against its original import (jsdiff's
 * diffWordsWithSpace: words, punctuation, runs of spaces and line breaks are the units, so a
 * paragraph break added or removed shows too). Pure; the server computes it, the page renders it.
 */

export type TTextChange = { kind: "same" | "added" | "removed"; text: string };

export type TTextDiff = {
  /** In reading order; concatenating the "same" and "removed" parts gives the original, "same" and "added" the working copy. */
  changes: TTextChange[];
  /** Number of inserted and of deleted stretches. */
  insertions: number;
  deletions: number;
};

/** Past this, a diff is not worth the wait (a text rewritten wholesale): the caller says so instead. */
export const DIFF_TIMEOUT_MS = 1_500;

export function diffTexts(original: string, working: string, opts: { timeoutMs?: number } = {}): TTextDiff | null {
  if (original === working) return { changes: original ? [{ kind: "same", text: original }] : [], insertions: 0, deletions: 0 };
  const parts = diffWordsWithSpace(original, working, { timeout: opts.timeoutMs ?? DIFF_TIMEOUT_MS });
  if (!parts) return null;
  const changes: TTextChange[] = [];
  let insertions = 0;
  let deletions = 0;
  for (const p of parts) {
    const kind = p.added ? "added" : p.removed ? "removed" : "same";
    if (kind === "added") insertions++;
    if (kind === "removed") deletions++;
    const last = changes.at(-1);
    if (last && last.kind === kind) last.text += p.value;
    else changes.push({ kind, text: p.value });
  }
  return { changes, insertions, deletions };
}
