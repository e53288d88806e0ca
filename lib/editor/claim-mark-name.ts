/**
 * The claim mark's name and its per-claim CSS class, alone in a module without imports:
 * text-map.ts and the claims panel (in the page's main chunk) need them, and importing
 * claim-mark.ts would pull @tiptap/core into that chunk.
 */
export const CLAIM_MARK = "claim";

// Claim ids are UUIDs; anything else gets no class and so never reaches a style sheet.
const SAFE_ID = /^[0-9a-zA-Z-]{1,64}$/;

/**
 * `claim-<id>`: the class each claim's highlight spans carry (besides `claim-mark` and
 * `data-claim-id`), which the per-claim highlight rules select. A class, not the
 * `[data-claim-id="…"]` attribute: the browser files class rules by class name, so each span is
 * matched against its own claim's rules only — with attribute selectors every claim span was
 * tested against every claim's rule on each style recalculation (200 claims: 200 rules per span).
 * Null for an id that is not safe to put in a selector.
 */
export function claimClassName(id: string): string | null {
  return SAFE_ID.test(id) ? `claim-${id}` : null;
}
