"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { formatBytes } from "@/components/ui/format";
import { SOURCE_FILE_MAX_BYTES, SOURCE_FILE_TYPES_LABEL } from "@/lib/domain/evidence/source-files";
import { SOURCE_TYPE_LABELS, SOURCE_TYPES, type TSourceType } from "@/lib/domain/evidence/source-type";
import { sourcesApi, type TSourceFields } from "./sources-api";
import { sourcePageHref } from "./source-view";

type TMode = "url" | "offline" | "file";
const MODES: { id: TMode; label: string; hint: string }[] = [
  { id: "url", label: "Web page", hint: "A page we fetch and keep a copy of" },
  { id: "offline", label: "No web address", hint: "An interview, a phone call, a printed record" },
  { id: "file", label: "File", hint: "A PDF or an image (PNG, JPEG, WebP)" },
];
const DEFAULT_TYPE: Record<TMode, TSourceType> = { url: "NEWS_REPORT", offline: "INTERVIEW", file: "OFFICIAL_RECORD" };
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp";

export const TEXTAREA =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600";

/**
 * "Add source": a web page (captured in the background once added), a source without a web
 * address described in words, or an uploaded file. A URL already in the library opens that
 * source instead of adding a second one.
 */
export function AddSourceButton({ slug, variant = "primary" }: { slug: string; variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialogRef.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  const [mode, setMode] = useState<TMode>("url");
  const [type, setType] = useState<TSourceType>(DEFAULT_TYPE.url);
  const [typeTouched, setTypeTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [file, setFile] = useState<File | null>(null);

  const fe = (name: string) => fieldErrors[name]?.[0];
  const pickMode = (m: TMode) => {
    setMode(m);
    if (!typeTouched) setType(DEFAULT_TYPE[m]);
    setError(null);
    setFieldErrors({});
  };

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === "string" && v.trim() ? v.trim() : undefined;
    };
    setBusy(true);
    setError(null);
    setFieldErrors({});
    if (mode === "file") {
      if (!file) {
        setBusy(false);
        setFieldErrors({ file: ["Choose a file to upload."] });
        return;
      }
      if (file.size > SOURCE_FILE_MAX_BYTES) {
        setBusy(false);
        setFieldErrors({ file: [`“${file.name}” is ${formatBytes(file.size)}; the limit is ${formatBytes(SOURCE_FILE_MAX_BYTES)}.`] });
        return;
      }
      const form = new FormData();
      form.set("file", file);
      for (const k of ["title", "publisher", "author", "publishedAt", "description"]) {
        const v = text(k);
        if (v) form.set(k, v);
      }
      form.set("type", type);
      const r = await sourcesApi.upload(slug, form);
      if (!r.ok) {
        setBusy(false);
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
        return;
      }
      router.push(sourcePageHref(slug, r.value.id));
      return;
    }
    const body: TSourceFields = { type, title: text("title"), publisher: text("publisher"), author: text("author"), publishedAt: text("publishedAt") };
    if (mode === "url") body.url = text("url");
    else body.description = text("description");
    const r = await sourcesApi.create(slug, body);
    if (!r.ok) {
      setBusy(false);
      setError(r.message);
      setFieldErrors(r.fieldErrors ?? {});
      return;
    }
    const href = sourcePageHref(slug, r.value.source.id);
    router.push(r.value.created ? href : `${href}?existing=1`);
  }
  const close = () => {
    if (busy) return;
    setOpen(false);
    setError(null);
    setFieldErrors({});
  };

  return (
    <>
      <Button type="button" variant={variant} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Add source
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-heading`}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
        className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-2xl overflow-y-auto rounded-lg bg-white p-0 text-left shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/30"
      >
        {open && (
          <>
            <header className="flex items-start justify-between gap-4 border-b border-slate-100 px-5 py-4">
              <div>
                <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
                  Add a source
                </h2>
                <p className="mt-0.5 text-sm text-slate-500">It joins the workspace library; attach it to claims from the claim panel of a document.</p>
              </div>
            </header>
            <form onSubmit={onSubmit} className="space-y-5 px-5 py-4" noValidate aria-busy={busy}>
              <fieldset>
                <legend className="mb-2 text-sm font-medium text-slate-800">What kind of source</legend>
                <div className="grid gap-2 sm:grid-cols-3">
                  {MODES.map((m) => (
                    <label
                      key={m.id}
                      className="flex cursor-pointer items-start gap-2.5 rounded-md px-3 py-2.5 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-600"
                    >
                      <input type="radio" name="mode" value={m.id} checked={mode === m.id} onChange={() => pickMode(m.id)} className="mt-0.5 accent-brand-600" />
                      <span className="min-w-0">
                        <span className="block text-sm font-medium text-slate-900">{m.label}</span>
                        <span className="block text-xs text-slate-600">{m.hint}</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>

              <div className="grid gap-4 sm:grid-cols-2">
                {mode === "url" && (
                  <div className="sm:col-span-2">
                    <Field id={`${id}-url`} label="Web address" error={fe("url")} hint="We fetch the page in the background and keep a copy of its text, so the citation survives if the page changes or disappears.">
                      <Input id={`${id}-url`} name="url" type="url" inputMode="url" required placeholder="https://www.example.org/report" maxLength={2000} invalid={!!fe("url")} autoFocus />
                    </Field>
                  </div>
                )}
                {mode === "file" && (
                  <div className="sm:col-span-2">
                    <Field id={`${id}-file`} label="File" error={fe("file")} hint={`${SOURCE_FILE_TYPES_LABEL}, up to ${formatBytes(SOURCE_FILE_MAX_BYTES)}. The type is checked from the file's content, not its name.`}>
                      <Input
                        id={`${id}-file`}
                        name="file"
                        type="file"
                        accept={ACCEPT}
                        invalid={!!fe("file")}
                        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                        className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2.5 file:py-1 file:text-sm file:font-medium file:text-slate-700"
                      />
                    </Field>
                    {file && (
                      <p className="mt-1 text-xs break-all text-slate-600">
                        {file.name} · {formatBytes(file.size)}
                      </p>
                    )}
                  </div>
                )}
                <div className="sm:col-span-2">
                  <Field
                    id={`${id}-title`}
                    label={mode === "offline" ? "Title" : "Title (optional)"}
                    error={fe("title")}
                    hint={mode === "url" ? "Leave it empty to use the page's own title." : mode === "file" ? "Leave it empty to use the file name." : undefined}
                  >
                    <Input
                      id={`${id}-title`}
                      name="title"
                      required={mode === "offline"}
                      maxLength={500}
                      invalid={!!fe("title")}
                      placeholder={mode === "offline" ? "Phone interview with the harbour master" : undefined}
                      autoFocus={mode === "offline"}
                    />
                  </Field>
                </div>
                {mode === "offline" && (
                  <div className="sm:col-span-2">
                    <Field id={`${id}-description`} label="Description" error={fe("description")} hint="Who, when and how, so a colleague could find or repeat it.">
                      <textarea
                        id={`${id}-description`}
                        name="description"
                        rows={3}
                        maxLength={5000}
                        aria-invalid={fe("description") ? true : undefined}
                        aria-describedby={fe("description") ? `${id}-description-error` : `${id}-description-hint`}
                        className={`${TEXTAREA} ${fe("description") ? "ring-red-500" : "ring-slate-300"}`}
                      />
                    </Field>
                  </div>
                )}
                <Field id={`${id}-type`} label="Type" error={fe("type")}>
                  <Select
                    id={`${id}-type`}
                    name="type"
                    value={type}
                    onChange={(e) => {
                      setType(e.target.value as TSourceType);
                      setTypeTouched(true);
                    }}
                  >
                    {SOURCE_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {SOURCE_TYPE_LABELS[t]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field id={`${id}-publisher`} label="Publisher (optional)" error={fe("publisher")}>
                  <Input id={`${id}-publisher`} name="publisher" maxLength={200} invalid={!!fe("publisher")} />
                </Field>
                {mode !== "url" && (
                  <>
                    <Field id={`${id}-author`} label="Author (optional)" error={fe("author")}>
                      <Input id={`${id}-author`} name="author" maxLength={200} invalid={!!fe("author")} />
                    </Field>
                    <Field id={`${id}-publishedAt`} label="Date (optional)" error={fe("publishedAt")}>
                      <Input id={`${id}-publishedAt`} name="publishedAt" type="date" invalid={!!fe("publishedAt")} />
                    </Field>
                  </>
                )}
              </div>

              {error && !Object.values(fieldErrors).some((m) => m.includes(error)) && <Alert tone="error">{error}</Alert>}
              <div className="flex flex-wrap items-center gap-2">
                <Button type="submit" disabled={busy}>
                  {busy ? (mode === "file" ? "Uploading…" : "Adding…") : "Add to library"}
                </Button>
                <Button type="button" variant="secondary" onClick={close} disabled={busy}>
                  Cancel
                </Button>
              </div>
            </form>
          </>
        )}
      </dialog>
    </>
  );
}
