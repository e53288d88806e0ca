import type { Editor } from "@tiptap/core";
import { buildTextMap, collectClaimRuns, posToTextOffset, textRangeToPos, type TTextMap, type TTextRun } from "@/lib/editor/text-map";

/** A range of the document's plain text (the coordinates claims are stored in), with its text. */
export type TTextRange = { start: number; end: number; exact: string };

/**
 * The editor's selection in plain-text offsets, with surrounding whitespace trimmed off (a
 * triple-click or a drag past a word's end should not make the quote start or end with a space or
 * a paragraph break). Null when nothing but whitespace is selected.
 */
export function selectionTextRange(editor: Editor): TTextRange | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const map = buildTextMap(editor.state.doc);
  let start = posToTextOffset(map, from);
  let end = posToTextOffset(map, to);
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, exact: map.text.slice(start, end) };
}

/** Selects text offsets [start, end) in the editor and scrolls them to the middle of the window. */
export function selectTextRange(editor: Editor, start: number, end: number, map: TTextMap = buildTextMap(editor.state.doc)): boolean {
  const pos = textRangeToPos(map, start, end);
  if (!pos) return false;
  editor.chain().focus(undefined, { scrollIntoView: false }).setTextSelection(pos).run();
  scrollPosIntoView(editor, pos.from);
  return true;
}

function scrollPosIntoView(editor: Editor, pos: number) {
  try {
    const { node } = editor.view.domAtPos(pos);
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  } catch {
    // A position the view cannot map (the document changed under us): the selection is still set.
  }
}

/**
 * Where a claim's mark sits now: the run whose text is the stored quote when the mark got cloned
 * (copy-paste inside the document), else the first one.
 */
export function claimRunIn(editor: Editor, claimId: string, exact?: string): { run: TTextRun; map: TTextMap } | null {
  const map = buildTextMap(editor.state.doc);
  const runs = collectClaimRuns(editor.state.doc, map).get(claimId);
  if (!runs?.length) return null;
  const run = (exact !== undefined && runs.find((r) => map.text.slice(r.start, r.end) === exact)) || runs[0]!;
  return { run, map };
}
