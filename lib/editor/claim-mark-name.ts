/**
 * The claim mark's name, alone in a module without imports: text-map.ts (loaded by the claims
 * panel in the page's main chunk) needs it, and importing claim-mark.ts would pull @tiptap/core
 * into that chunk.
 */
export const CLAIM_MARK = "claim";
