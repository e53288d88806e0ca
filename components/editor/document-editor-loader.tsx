"use client";

import dynamic from "next/dynamic";
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
  return <DocumentEditor {...props} />;
}
