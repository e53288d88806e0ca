import { Mark, mergeAttributes } from "@tiptap/core";
import { CLAIM_MARK, claimClassName } from "./claim-mark-name";

export { CLAIM_MARK };

/**
 * A claim's live anchor: a mark carrying the claim id inside the document (and so inside the Y.js
 * state), which moves with everyone's concurrent edits.
 *
 * - `excludes: ""` lets claim marks overlap and nest (two claims in one sentence, a claim inside a
 *   longer one); y-tiptap stores each such mark under its own hashed attribute key (`claim--<hash>`).
 * - `inclusive: false`: typing at a claim's edge does not grow the claim.
 * - No parseHTML rule: claims never come from pasted or imported HTML (a paste must not clone a
 *   claim id, and imported markup must not invent one). They are created only through the claims
 *   API, which adds the mark and the Claim row in one transaction.
 * - The mark holds only the id; status colours come from the editor's per-claim styles (keyed by
 *   the `claim-<id>` class rendered from the id), so a status change never edits the document.
 */
export const ClaimMark = Mark.create({
  name: CLAIM_MARK,
  excludes: "",
  inclusive: false,
  spanning: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: () => null,
        renderHTML: (attrs: { id?: string | null }) => {
          if (!attrs.id) return {};
          const cls = claimClassName(attrs.id);
          return cls ? { "data-claim-id": attrs.id, class: cls } : { "data-claim-id": attrs.id };
        },
      },
    };
  },

  parseHTML() {
    return [];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "claim-mark" }, HTMLAttributes), 0];
  },
});
