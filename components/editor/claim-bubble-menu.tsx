"use client";

import type { Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { useClaimsState } from "@/components/claims/claims-provider";
import { ariaShortcut, MARK_CLAIM_SHORTCUT, shortcutLabel } from "./shortcuts";
import { MarkClaimIcon } from "./toolbar-icons";

/** "Mark claim" floating over a text selection, where the hand and the eyes already are. */
/**
 * `readOnlyText`: the text is locked. The view cannot take focus then, so the menu follows the
 * page's selection inside the editor instead.
 */
export function ClaimBubbleMenu({ editor, onMark, readOnlyText = false }: { editor: Editor; onMark: () => void; readOnlyText?: boolean }) {
  const busy = useClaimsState()?.marking ?? false;
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="claimBubbleMenu"
      options={{ placement: "top", offset: 8 }}
      shouldShow={({ editor: e, view, state, from, to, element }) =>
        (readOnlyText ? selectionInside(view.dom) : e.isEditable && (view.hasFocus() || element.contains(document.activeElement))) &&
        from !== to &&
        state.doc.textBetween(from, to, " ").trim().length > 0
      }
      className="z-30"
    >
      <div role="toolbar" aria-label="Selection" className="flex items-center rounded-lg bg-slate-900 p-1 shadow-lg ring-1 ring-slate-900/10">
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onMark}
          disabled={busy}
          title={`Mark claim (${shortcutLabel(MARK_CLAIM_SHORTCUT)})`}
          aria-keyshortcuts={ariaShortcut(MARK_CLAIM_SHORTCUT)}
          className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-white hover:bg-white/15 disabled:opacity-60"
        >
          <MarkClaimIcon />
          {busy ? "Marking…" : "Mark claim"}
        </button>
      </div>
    </BubbleMenu>
  );
}

function selectionInside(root: HTMLElement): boolean {
  const sel = document.getSelection();
  return !!sel && !sel.isCollapsed && !!sel.anchorNode && root.contains(sel.anchorNode);
}
