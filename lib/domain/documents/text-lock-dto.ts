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

/**
 * The lock to show for a document, if any: every lock makes the whole text read-only, and the
 * hand-made DOCUMENT lock is the one people lift, so it comes first; otherwise a review's lock.
 */
export function documentWideLock<T extends { scope: TTextLockScope }>(locks: readonly T[]): T | null {
  return locks.find((l) => l.scope === "DOCUMENT") ?? locks[0] ?? null;
}
