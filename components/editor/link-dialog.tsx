"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { normalizeLinkInput } from "@/lib/editor/link-input";

/**
 * Add, change or remove the link at the selection. A native modal <dialog>: focus moves in and
 * is trapped, Escape closes it, focus returns to the editor. Only http(s) and mailto are accepted
 * here, with a reason shown, before the schema would drop anything else silently.
 */
export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [hadLink, setHadLink] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const href = (editor.getAttributes("link").href as string | undefined) ?? "";
      setValue(href);
      setHadLink(Boolean(href));
      setError(null);
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, editor]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normalizeLinkInput(value);
    if (!result.ok) {
      setError(result.error);
      inputRef.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    const { from, to } = editor.state.selection;
    // Nothing (or no text, e.g. a paragraph boundary) selected and not in a link: insert the address itself as its text.
    if (!editor.isActive("link") && editor.state.doc.textBetween(from, to, " ").trim() === "") {
      chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href: result.href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: result.href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      className="m-auto w-full max-w-md rounded-lg bg-white p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/30"
    >
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          {hadLink ? "Edit link" : "Add link"}
        </h2>
        <div className="space-y-1.5">
          <label htmlFor={`${id}-url`} className="block text-sm font-medium text-slate-800">
            Web or email address
          </label>
          <input
            ref={inputRef}
            id={`${id}-url`}
            name="href"
            type="text"
            inputMode="url"
            autoComplete="off"
            placeholder="https://example.org/article"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            className={`block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 ${error ? "ring-red-500" : "ring-slate-300"}`}
          />
          {error ? (
            <p id={`${id}-error`} className="text-sm text-red-700">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="text-xs text-slate-500">
              http, https and mailto links only.
            </p>
          )}
        </div>
        <div className="flex items-center justify-between gap-2">
          <div>
            {hadLink && (
              <Button type="button" variant="ghost" onClick={remove}>
                Remove link
              </Button>
            )}
          </div>
          <div className="flex gap-2">
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Apply</Button>
          </div>
        </div>
      </form>
    </dialog>
  );
}
