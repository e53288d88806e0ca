"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useClaimsState } from "@/components/claims/claims-provider";
import { ariaShortcut, MARK_CLAIM_SHORTCUT, shortcutLabel } from "./shortcuts";
import { BulletListIcon, LinkIcon, MarkClaimIcon, OrderedListIcon, QuoteIcon, RedoIcon, UndoIcon } from "./toolbar-icons";

function ToolButton(props: { label: string; title?: string; shortcut?: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode; className?: string }) {
  const name = props.title ?? props.label;
  const title = props.shortcut ? `${name} (${shortcutLabel(props.shortcut)})` : name;
  return (
    <button
      type="button"
      title={title}
      aria-label={props.label}
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut ? ariaShortcut(props.shortcut) : undefined}
      disabled={props.disabled}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onClick}
      className={`inline-flex h-8 min-w-8 items-center justify-center rounded-md px-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-40 ${
        props.pressed ? "bg-brand-100 text-brand-700" : "text-slate-700 hover:bg-slate-100"
      } ${props.className ?? ""}`}
    >
      {props.children}
    </button>
  );
}

const Divider = () => <span role="separator" aria-orientation="vertical" className="mx-1 h-5 w-px bg-slate-200" />;

/**
 * Formatting controls, as a WAI-ARIA toolbar: arrow keys, Home and End move between buttons;
 * aria-pressed tells which marks and blocks apply at the cursor.
 */
export function EditorToolbar({ editor, onLink, onMarkClaim }: { editor: Editor; onLink: () => void; onMarkClaim?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const marking = useClaimsState()?.marking ?? false;
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      hasSelection: !e.state.selection.empty,
    }),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button:not(:disabled)") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === "ArrowRight" ? buttons[(i + 1) % buttons.length]
      : event.key === "ArrowLeft" ? buttons[(i - 1 + buttons.length) % buttons.length]
      : event.key === "Home" ? buttons[0]
      : event.key === "End" ? buttons[buttons.length - 1]
      : undefined;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const chain = () => editor.chain().focus();
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Formatting"
      aria-controls="document-editor"
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-center gap-0.5"
    >
      <ToolButton label="Bold" shortcut="Mod-b" pressed={s.bold} onClick={() => chain().toggleBold().run()}>
        <span className="font-bold">B</span>
      </ToolButton>
      <ToolButton label="Italic" shortcut="Mod-i" pressed={s.italic} onClick={() => chain().toggleItalic().run()}>
        <span className="font-serif italic">I</span>
      </ToolButton>
      <Divider />
      {([1, 2, 3] as const).map((level) => (
        <ToolButton
          key={level}
          // The accessible name starts with the visible "H1" (WCAG 2.5.3, label in name).
          label={`H${level} heading`}
          title={`Heading ${level}`}
          shortcut={`Mod-Alt-${level}`}
          pressed={s[`h${level}`]}
          onClick={() => chain().toggleHeading({ level }).run()}
        >
          H{level}
        </ToolButton>
      ))}
      <Divider />
      <ToolButton label="Bulleted list" shortcut="Mod-Shift-8" pressed={s.bullet} onClick={() => chain().toggleBulletList().run()}>
        <BulletListIcon />
      </ToolButton>
      <ToolButton label="Numbered list" shortcut="Mod-Shift-7" pressed={s.ordered} onClick={() => chain().toggleOrderedList().run()}>
        <OrderedListIcon />
      </ToolButton>
      <ToolButton label="Quote" shortcut="Mod-Shift-b" pressed={s.quote} onClick={() => chain().toggleBlockquote().run()}>
        <QuoteIcon />
      </ToolButton>
      <ToolButton label="Link" shortcut="Mod-k" pressed={s.link} onClick={onLink}>
        <LinkIcon />
      </ToolButton>
      <Divider />
      <ToolButton label="Undo" shortcut="Mod-z" disabled={!s.canUndo} onClick={() => chain().undo().run()}>
        <UndoIcon />
      </ToolButton>
      <ToolButton label="Redo" shortcut="Mod-Shift-z" disabled={!s.canRedo} onClick={() => chain().redo().run()}>
        <RedoIcon />
      </ToolButton>
      {onMarkClaim && (
        <>
          <Divider />
          <ToolButton
            label="Mark claim"
            shortcut={MARK_CLAIM_SHORTCUT}
            disabled={marking}
            onClick={onMarkClaim}
            className={`gap-1.5 px-2.5 ring-1 ring-inset ${s.hasSelection ? "bg-brand-50 text-brand-700 ring-brand-100 hover:bg-brand-100" : "ring-slate-200"}`}
          >
            <MarkClaimIcon />
            {marking ? "Marking…" : "Mark claim"}
          </ToolButton>
        </>
      )}
    </div>
  );
}
