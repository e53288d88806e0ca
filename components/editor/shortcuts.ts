// Keyboard shortcut names and labels. Kept free of Tiptap imports: the claims panel (in the page's
// main chunk) uses them, and importing the toolbar would pull the editor into that chunk.

/** Marks the selection as a claim (toolbar, bubble menu). */
export const MARK_CLAIM_SHORTCUT = "Mod-Alt-m";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Mod-Shift-8" → "Ctrl+Shift+8" or "⌘⇧8", for button titles. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split("-");
  if (isMac) return parts.map((p) => ({ Mod: "⌘", Shift: "⇧", Alt: "⌥" })[p] ?? p.toUpperCase()).join("");
  return parts.map((p) => ({ Mod: "Ctrl" })[p] ?? (p.length === 1 ? p.toUpperCase() : p)).join("+");
}

/** "Mod-Alt-m" → "Control+Alt+m" (or "Meta+Alt+m"), for aria-keyshortcuts. */
export const ariaShortcut = (keys: string) => keys.replace(/Mod/g, isMac ? "Meta" : "Control").replace(/-/g, "+");
