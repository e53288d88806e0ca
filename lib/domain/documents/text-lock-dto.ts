/**
 * A lock on a document's text, as the API and the page receive it. `scope` says why it is held:
 * "DOCUMENT", locked by hand once import clean-up is done; "CLAIM_REVIEW", held by a claim in
 * review or approved, so what reviewers sign off cannot change under them. Either makes the
 * whole text read-only for the collab server.
 */
export type TTextLockScope = "DOCUMENT" | "CLAIM_REVIEW";

export type TTextLockDto = {
  scope: TTextLockScope;
  lockedAt: string;
  lockedBy: { id: string; name: string } | null;
};

/** The document-wide lock among a document's locks, if any: the one that makes the whole text read-only. */
export function documentWideLock<T extends { scope: TTextLockScope }>(locks: readonly T[]): T | null {
  return locks.find((l) => l.scope === "DOCUMENT") ?? null;
}
