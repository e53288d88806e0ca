"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import type { TDocumentEditorProps } from "./document-editor";
import { EditorSkeleton } from "./editor-skeleton";

// Start fetching the editor's chunk as soon as this module runs in the browser, alongside
// hydration, instead of when React first renders the placeholder (the bundler shares the chunk).
if (typeof window !== "undefined") void import("./document-editor");

// Browser only: Tiptap's Y.js binding must see the same Y.js module instance as the provider,
// and server-rendering it would load Y.js a second time (DESIGN.md).
const DocumentEditor = dynamic(() => import("./document-editor"), {
  ssr: false,
  loading: () => <EditorSkeleton />,
});

export function DocumentEditorLoader(props: TDocumentEditorProps) {
  const { workspaceSlug, documentId, documentName, socketPath, readOnly, user, initialToken } = props;
  // Connect and sync from the small session chunk while the editor's larger one loads and runs.
  useEffect(() => {
    void import("./collab-session").then(({ prewarmCollabSession }) =>
      prewarmCollabSession({ workspaceSlug, documentId, documentName, socketPath, readOnly, userId: user.id, initialToken }),
    );
    // Once per document: the editor claims (or creates) the session itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceSlug, documentId, documentName, readOnly, user.id]);
  return <DocumentEditor {...props} />;
}
