"use client";

import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { COMMENT_MAX, mentionToken } from "@/lib/domain/conversation/comment-text";

export type TMentionable = { id: string; name: string };

/** The "@word" being typed right before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const m = /(?:^|\s)@([^\s@]{0,30})$/u.exec(text.slice(0, caret));
  return m ? { start: caret - m[1]!.length - 1, query: m[1]! } : null;
}

/**
 * Writing a comment: plain text, and "@" opens a list of the workspace's members (arrow keys,
 * Enter or Tab to pick, Escape to close). A picked member shows as "@Name" while typing and is
 * sent as a mention token, so the mention names exactly that person.
 */
export function CommentComposer(props: {
  label: string;
  members: TMentionable[];
  /** Text to start from (an edit): plain text with "@Name" for each of `initialPicked`. */
  initial?: string;
  initialPicked?: TMentionable[];
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { label, members, submitLabel, busy, onSubmit, onCancel, autoFocus } = props;
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.initial ?? "");
  const [picked, setPicked] = useState<TMentionable[]>(props.initialPicked ?? []);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  // Where the caret goes once a picked mention is in the text: set as React commits the new value,
  // before the next keystroke is handled (a later frame would move it back behind letters typed
  // meanwhile, scrambling fast typing).
  const caretAfter = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfter.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [text]);
  const matches = query ? members.filter((m) => m.name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 6) : [];
  const open = query !== null && matches.length > 0;

  const update = (value: string, caret: number) => {
    setText(value);
    setQuery(mentionQuery(value, caret));
    setActive(0);
  };
  useTypedBeforeHydration(ref, text, update);

  const pick = (m: TMentionable) => {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? text.length;
    const next = `${text.slice(0, query.start)}@${m.name} ${text.slice(caret)}`;
    setText(next);
    setPicked((p) => (p.some((x) => x.id === m.id) ? p : [...p, m]));
    setQuery(null);
    caretAfter.current = query.start + m.name.length + 2;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === "ArrowDown") setActive((a) => (a + 1) % matches.length);
    else if (e.key === "ArrowUp") setActive((a) => (a - 1 + matches.length) % matches.length);
    else if (e.key === "Enter" || e.key === "Tab") pick(matches[active]!);
    else if (e.key === "Escape") setQuery(null);
    else return;
    e.preventDefault();
  };

  /** "@Name" of each picked member becomes their token; longest names first so "@Ana Ruiz" wins over "@Ana". */
  const toBody = () =>
    [...picked]
      .sort((a, b) => b.name.length - a.name.length)
      .reduce((body, m) => body.split(`@${m.name}`).join(mentionToken(m)), text)
      .trim();

  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (text.trim() === "") return;
        if (await onSubmit(toBody())) {
          setText("");
          setPicked([]);
        }
      }}
    >
      <label htmlFor={`${id}-text`} className="sr-only">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={ref}
          id={`${id}-text`}
          data-testid="comment-input"
          rows={3}
          maxLength={COMMENT_MAX}
          autoFocus={autoFocus}
          placeholder="Write a comment; @ to mention someone"
          value={text}
          onChange={(e) => update(e.target.value, e.target.selectionStart)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-mentions`}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-m-${active}` : undefined}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
        />
        {open && (
          <ul id={`${id}-mentions`} role="listbox" aria-label="Mention a member" className="absolute z-10 mt-1 max-h-48 w-64 overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
            {matches.map((m, i) => (
              <li
                key={m.id}
                id={`${id}-m-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(m);
                }}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-slate-100 text-slate-900" : "text-slate-700"}`}
              >
                {m.name}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex gap-2">
        <Button type="submit" className="py-1.5" disabled={busy || text.trim() === ""}>
          {busy ? "Sending…" : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" className="py-1.5" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
