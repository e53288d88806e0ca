/**
 * A lock on a document's text, as the API and the page receive it. `scope` says what it covers:
 * today only "DOCUMENT" (the whole text); the review workflow will add locks on the paragraphs of a
 * claim under review, so readers switch on it rather than on "is there a lock".
 */
export type TTextLockScope = "DOCUMENT";

export type TTextLockDto = {
  scope: TTextLockScope;
  lockedAt: string;
  lockedBy: { id: string; name: string } | null;
};

/** The document-wide lock among a document's locks, if any: the one that makes the whole text read-only. */
export function documentWideLock<T extends { scope: TTextLockScope }>(locks: readonly T[]): T | null {
  return locks.find((l) => l.scope === "DOCUMENT") ?? null;
}
