import type { DecorationAttrs } from "@tiptap/pm/view";
import { readableTextColor } from "@/lib/editor/presence-colors";

/** Remote caret: a coloured bar with the person's name. Hidden from screen readers, which would
 * otherwise read collaborators' names in the middle of the text. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = String(user.color);
  const name = String(user.name ?? "Someone");
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.style.borderColor = color;
  caret.setAttribute("aria-hidden", "true");
  caret.dataset.userName = name;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.style.color = readableTextColor(color);
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** Remote selection: a light tint of the person's colour, so the text under it stays readable. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = String(user.color);
  return /^#[0-9a-fA-F]{6}$/.test(color)
    ? { style: `background-color: ${color}33`, class: "collaboration-carets__selection" }
    : {};
}
