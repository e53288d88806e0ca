"use client";

import dynamic from "next/dynamic";
import { useEffect, useState, type ReactNode } from "react";
import type { TDocumentEditorProps } from "./document-editor";
import { EditorSkeleton } from "./editor-skeleton";

// Start fetching the session's and the editor's chunks as soon as this module runs in the browser,
// alongside hydration, instead of after it (the effect below and the first render of the dynamic
// editor would only ask for them then; the bundler shares the chunks).
if (typeof window !== "undefined") {
  // For bench/editor.ts's timeline: when the page's client code reached the editor.
  performance.mark("factdesk:page-code");
  void import("./collab-session");
  void import("./document-editor");
}

// Browser only: Tiptap's Y.js binding must see the same Y.js module instance as the provider,
// and server-rendering it would load Y.js a second time (DESIGN.md).
const DocumentEditor = dynamic(() => import("./document-editor"), { ssr: false, loading: () => null });

/**
 * The live editor, with `fallback` (the stored text, rendered on the server) shown in its place
 * until the editor has the document — so the article is readable at once, not after the editor's
 * code and the first sync.
 */
export function DocumentEditorLoader({ fallback, ...props }: Omit<TDocumentEditorProps, "onLive"> & { fallback?: ReactNode }) {
  const { workspaceSlug, documentId, documentName, socketPath, readOnly, user, initialToken } = props;
  const [live, setLive] = useState(false);
  // Connect and sync from the small session chunk while the editor's larger one loads and runs.
  useEffect(() => {
    void import("./collab-session").then(({ prewarmCollabSession }) =>
      prewarmCollabSession({ workspaceSlug, documentId, documentName, socketPath, readOnly, userId: user.id, initialToken }),
    );
    // Once per document: the editor claims (or creates) the session itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceSlug, documentId, documentName, readOnly, user.id]);
  return (
    <>
      {!live && (fallback ?? <EditorSkeleton readOnly={readOnly} />)}
      <div hidden={!live}>
        <DocumentEditor {...props} onLive={() => setLive(true)} />
      </div>
    </>
  );
}
