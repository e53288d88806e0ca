"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect } from "react";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { rationaleExtensions } from "@/lib/editor/rationale-extensions";

// The visible label is the accessible name (no aria-label that could disagree with it).
type TTool = { label: string; className: string; active: (e: Editor) => boolean; run: (e: Editor) => void };
const HEADING_TOOLS: TTool[] = [
  { label: "Heading", className: "", active: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: "Subheading", className: "", active: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
];
const TOOLS: TTool[] = [
  { label: "Bold", className: "font-bold", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "Italic", className: "italic", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "Bulleted list", className: "", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "Numbered list", className: "", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "Quote", className: "", active: (e) => e.isActive("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
];

/**
 * The rationale's rich-text editor: the rationale schema (paragraphs, bold, italic, lists, quotes,
 * links pasted or typed), the same one the server parses every saved rationale against.
 * `headings`: the policy pages' variant, with Heading and Subheading (the server's policy schema).
 */
export function RationaleEditor(props: { id: string; labelledBy: string; initial: TTiptapNode; onChange: (doc: TTiptapNode) => void; disabled?: boolean; headings?: boolean }) {
  const { id, labelledBy, initial, onChange, disabled, headings = false } = props;
  const tools = headings ? [...HEADING_TOOLS, ...TOOLS] : TOOLS;
  const editor = useEditor({
    extensions: rationaleExtensions({ headings }),
    content: initial,
    immediatelyRender: false,
    editable: !disabled,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "data-testid": "rationale-editor",
        class: "prose-sm min-h-32 max-w-none px-3 py-2 text-sm leading-relaxed text-slate-900 focus:outline-none [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 [&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_p]:my-1.5 [&_a]:text-sky-800 [&_a]:underline [&_h2]:mt-3 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-semibold",
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as TTiptapNode),
  });
  useEffect(() => {
    editor?.setEditable(!disabled);
  }, [editor, disabled]);
  return (
    <div className="rounded-md border border-slate-300 bg-white focus-within:border-slate-500 focus-within:ring-2 focus-within:ring-slate-400">
      <div role="toolbar" aria-label={headings ? "Text formatting" : "Rationale formatting"} className="flex flex-wrap gap-1 border-b border-slate-200 px-2 py-1.5">
        {tools.map((t) => (
          <button
            key={t.label}
            type="button"
            aria-pressed={editor ? t.active(editor) : false}
            disabled={!editor || disabled}
            onClick={() => editor && t.run(editor)}
            className={`rounded px-2 py-0.5 text-xs font-medium text-slate-700 ${t.className} hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-500 aria-pressed:bg-slate-200 aria-pressed:text-slate-900 disabled:opacity-50`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
