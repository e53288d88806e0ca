import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { ClaimMark } from "./claim-mark";
import { isAllowedHref } from "./link-policy";

/**
 * The document schema, shared by the browser editor, the collab server (Y.js <-> JSON <-> text)
 * and server-side import/rendering. Changing it changes what every stored document can hold.
 * No browser-only or server-only code here.
 */
export function documentExtensions(opts: { collaborative?: boolean } = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      codeBlock: false,
      code: false,
      horizontalRule: false,
      underline: false,
      // Y.js keeps its own undo history; ProseMirror's would fight it.
      undoRedo: opts.collaborative ? false : undefined,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto"],
        defaultProtocol: "https",
        isAllowedUri: (url) => isAllowedHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    ClaimMark,
  ];
}

/** The Y.js XML fragment that holds the document body (Tiptap's Collaboration default). */
export const YDOC_FIELD = "default";
