"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { previewArticleDetails, type TArticleDetails } from "@/lib/domain/import/preview-article-details";
import { postImport, type TImportProgress } from "./post-import";

type TTab = "paste" | "upload" | "url";
const TABS: { id: TTab; label: string }[] = [
  { id: "paste", label: "Paste text or HTML" },
  { id: "upload", label: "Upload a file" },
  { id: "url", label: "From a web address" },
];

type TFormat = "auto" | "text" | "markdown" | "html";
const FORMATS: { id: TFormat; label: string }[] = [
  { id: "auto", label: "Detect" },
  { id: "text", label: "Plain text" },
  { id: "markdown", label: "Markdown" },
  { id: "html", label: "HTML" },
];

const DETAIL_FIELDS: { key: keyof TArticleDetails; label: string; type: string; placeholder?: string }[] = [
  { key: "title", label: "Title", type: "text" },
  { key: "sourceUrl", label: "Where it was published", type: "url", placeholder: "https://news.example.com/article" },
  { key: "author", label: "Author", type: "text" },
  { key: "publishedAt", label: "Published on", type: "date" },
];
const NO_DETAILS: TArticleDetails = { title: "", sourceUrl: "", author: "", publishedAt: "" };

/** Plain-text files are read in the browser for the details preview; HTML, Markdown and Word files only by the server's importers. */
const isPlainTextFile = (file: File) => /\.(txt|text)$/i.test(file.name);
/** Enough of the file's top for previewArticleDetails, which reads no further than that either. */
const PREVIEW_BYTES = 80_000;

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX_BYTES = 10 * 1024 * 1024;

function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}

/** What "Detect" sends: HTML if it has markup, else plain text (whose importer also handles lists and headings). */
function detectFormat(content: string): "text" | "html" {
  return /<\/?(p|div|h[1-6]|article|section|body|html|br|ul|ol|li|a|strong|em|blockquote)\b[^>]*>/i.test(content) ? "html" : "text";
}

function checkFile(file: File): string | null {
  if (!/\.(txt|md|markdown|html?|docx)$/i.test(file.name)) return `“${file.name}” can't be imported. Choose a .txt, .md, .html or .docx file.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_BYTES) return `“${file.name}” is ${formatSize(file.size)}; the limit is 10 MB.`;
  return null;
}

function ProgressNote({ progress }: { progress: TImportProgress }) {
  const label =
    progress.phase === "uploading"
      ? `Uploading… ${progress.percent}%`
      : progress.phase === "fetching"
        ? "Fetching the page and extracting the article…"
        : "Converting and saving the document…";
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <p className="text-sm text-slate-700">{label}</p>
      <div className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200">
        {progress.phase === "uploading" ? (
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${progress.percent}%` }} />
        ) : (
          <div className="h-full w-full animate-pulse rounded-full bg-brand-600/70" />
        )}
      </div>
    </div>
  );
}

/** The article's title, address, author and date, as the person importing wants them recorded. */
function DetailsFields({
  idPrefix,
  legend,
  hint,
  values,
  disabled,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  hint?: string;
  values: TArticleDetails;
  disabled: boolean;
  onChange: (key: keyof TArticleDetails, value: string) => void;
}) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-2" aria-describedby={hint ? `${idPrefix}-details-hint` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${idPrefix}-details-hint`} className="-mt-2 text-sm text-slate-600 sm:col-span-2">
          {hint}
        </p>
      )}
      {DETAIL_FIELDS.map((f) => (
        <Field key={f.key} id={`${idPrefix}-${f.key}`} label={f.label}>
          <Input
            id={`${idPrefix}-${f.key}`}
            type={f.type}
            value={values[f.key]}
            disabled={disabled}
            placeholder={f.placeholder}
            maxLength={f.key === "sourceUrl" ? 2000 : 200}
            onChange={(e) => onChange(f.key, e.target.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** Paste, upload or fetch an article; on success the new document opens. */
export function ImportForm({ workspaceSlug }: { workspaceSlug: string }) {
  const router = useRouter();
  const baseId = useId();
  const [tab, setTab] = useState<TTab>("paste");
  const [content, setContent] = useState("");
  const [pastedHtml, setPastedHtml] = useState<string | null>(null);
  const [format, setFormat] = useState<TFormat>("auto");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState("");
  // What the text says about itself, until the person corrects a field. Each tab keeps its own
  // corrections: details typed for a pasted article do not belong to an uploaded file.
  const preview = useMemo(() => (content.trim() ? previewArticleDetails(content) : NO_DETAILS), [content]);
  const [edited, setEdited] = useState<Partial<TArticleDetails>>({});
  const [filePreview, setFilePreview] = useState<TArticleDetails | null>(null);
  const [fileEdited, setFileEdited] = useState<Partial<TArticleDetails>>({});
  const previewedFile = useRef<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<TImportProgress | null>(null);
  const tabRefs = useRef<Record<TTab, HTMLButtonElement | null>>({ paste: null, upload: null, url: null });
  const fileInput = useRef<HTMLInputElement>(null);
  const justPasted = useRef(false);
  const busy = progress !== null;

  function selectTab(next: TTab) {
    setTab(next);
    setError(null);
    tabRefs.current[next]?.focus();
  }

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const i = TABS.findIndex((t) => t.id === tab);
    const to = e.key === "ArrowRight" ? (i + 1) % TABS.length : e.key === "ArrowLeft" ? (i + TABS.length - 1) % TABS.length : e.key === "Home" ? 0 : e.key === "End" ? TABS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    selectTab(TABS[to]!.id);
  }

  function pickFile(f: File | undefined | null) {
    if (!f) return;
    setFile(f);
    const problem = checkFile(f);
    setError(problem);
    setFilePreview(null);
    previewedFile.current = f;
    if (problem || !isPlainTextFile(f)) return;
    void f
      .slice(0, PREVIEW_BYTES)
      .text()
      .then((head) => {
        // A file picked meanwhile has its own preview coming: this one is stale.
        if (previewedFile.current === f) setFilePreview(previewArticleDetails(head));
      })
      .catch(() => {});
  }

  async function submit() {
    setError(null);
    let body: { json: Record<string, string> } | { file: File; fields: Record<string, string> };
    if (tab === "paste") {
      if (pastedHtml && format === "auto") body = { json: { kind: "html", content: pastedHtml } };
      else {
        if (!content.trim()) return setError("Paste the article’s text first.");
        body = { json: { kind: format === "auto" ? detectFormat(content) : format, content } };
      }
      // Only what the person changed: the importer reads the rest from the text as the preview did.
      body.json = { ...body.json, ...edited };
    } else if (tab === "upload") {
      if (!file) return setError("Choose a file to import.");
      const problem = checkFile(file);
      if (problem) return setError(problem);
      // As with a paste, only what the person typed: the importer reads the rest from the file.
      body = { file, fields: fileEdited };
    } else {
      const trimmed = url.trim();
      if (!trimmed) return setError("Enter the article’s web address.");
      body = { json: { kind: "url", url: /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}` } };
    }
    setProgress(tab === "upload" ? { phase: "uploading", percent: 0 } : tab === "url" ? { phase: "fetching" } : { phase: "converting" });
    const result = await postImport(workspaceSlug, body, setProgress);
    if (result.ok) {
      // ?imported=1: the document page then tells what the import left out of the article.
      router.push(`/w/${workspaceSlug}/documents/${result.id}?imported=1`);
      return;
    }
    setProgress(null);
    setError(result.message);
  }

  const panelId = (t: TTab) => `${baseId}-panel-${t}`;
  const tabId = (t: TTab) => `${baseId}-tab-${t}`;
  const errorId = `${baseId}-error`;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      noValidate
      className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      aria-busy={busy}
    >
      <div role="tablist" aria-label="How to import" className="flex flex-wrap gap-1 border-b border-slate-200 px-3 pt-3">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={tab === t.id}
            aria-controls={panelId(t.id)}
            tabIndex={tab === t.id ? 0 : -1}
            disabled={busy}
            onClick={() => selectTab(t.id)}
            onKeyDown={onTabKey}
            className={`-mb-px rounded-t-md border-b-2 px-4 py-2.5 text-sm font-medium transition-colors ${
              tab === t.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div className="space-y-5 p-5">
        {tab === "paste" && (
          <div role="tabpanel" id={panelId("paste")} aria-labelledby={tabId("paste")} className="space-y-4">
            <Field
              id={`${baseId}-content`}
              label="Article text"
              hint={
                pastedHtml && format === "auto"
                  ? "Formatting from the copied page (headings, lists, links) will be kept."
                  : "Paste the whole article. Line breaks inside paragraphs are joined back up; curly quotes and accents are kept."
              }
            >
              <textarea
                id={`${baseId}-content`}
                value={content}
                disabled={busy}
                onChange={(e) => {
                  setContent(e.target.value);
                  // The copied page's HTML stands for the text only until the text is edited.
                  if (justPasted.current) justPasted.current = false;
                  else setPastedHtml(null);
                }}
                onPaste={(e) => {
                  const html = e.clipboardData.getData("text/html");
                  // Copying from a web page gives HTML too: keep its structure when the box was empty.
                  if (html && !content) {
                    setPastedHtml(html);
                    justPasted.current = true;
                  }
                }}
                aria-invalid={(tab === "paste" && !!error) || undefined}
                aria-describedby={error ? errorId : `${baseId}-content-hint`}
                rows={14}
                placeholder="Paste an article here…"
                className="block w-full rounded-md border-0 bg-white px-3 py-2 font-[inherit] text-sm leading-relaxed text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-600 focus:ring-inset"
              />
            </Field>
            <DetailsFields
              idPrefix={`${baseId}-paste`}
              legend="Details (read from the text; correct them if needed)"
              values={{ ...preview, ...edited }}
              disabled={busy}
              onChange={(key, value) => setEdited((prev) => ({ ...prev, [key]: value }))}
            />
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Format</legend>
              <div className="mt-1.5 inline-flex rounded-md shadow-sm ring-1 ring-slate-300">
                {FORMATS.map((f, i) => (
                  <label
                    key={f.id}
                    className={`cursor-pointer px-3 py-1.5 text-sm focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 ${i > 0 ? "border-l border-slate-300" : ""} ${
                      i === 0 ? "rounded-l-md" : i === FORMATS.length - 1 ? "rounded-r-md" : ""
                    } ${format === f.id ? "bg-brand-50 font-medium text-brand-700" : "bg-white text-slate-700 hover:bg-slate-50"}`}
                  >
                    <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} disabled={busy} className="sr-only" />
                    {f.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        )}

        {tab === "upload" && (
          <div role="tabpanel" id={panelId("upload")} aria-labelledby={tabId("upload")}>
            <label
              htmlFor={`${baseId}-file`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e) => {
                e.preventDefault();
                setDragging(false);
                pickFile(e.dataTransfer.files[0]);
              }}
              className={`flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-6 py-12 text-center transition-colors focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600 ${
                dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 hover:border-slate-400 hover:bg-slate-50"
              }`}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" className="mb-3 h-10 w-10 text-slate-400" fill="none" stroke="currentColor" strokeWidth={1.5}>
                <path strokeLinecap="round" strokeLinejoin="round" d="M12 16.5V3.75m0 0L7.5 8.25M12 3.75l4.5 4.5M3.75 15v3.75A1.5 1.5 0 005.25 20.25h13.5a1.5 1.5 0 001.5-1.5V15" />
              </svg>
              <span className="text-sm font-medium text-slate-900">
                <span className="text-brand-700 underline">Choose a file</span> or drag it here
              </span>
              <span className="mt-1 text-xs text-slate-500">.txt, .md, .html or .docx — up to 10 MB</span>
              <input
                ref={fileInput}
                id={`${baseId}-file`}
                type="file"
                accept={ACCEPT}
                disabled={busy}
                className="sr-only"
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => pickFile(e.target.files?.[0])}
              />
            </label>
            {file && (
              <div className="mt-3 flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-slate-200">
                <span className="min-w-0 truncate">
                  <span className="font-medium text-slate-900">{file.name}</span> <span className="text-slate-500">· {formatSize(file.size)}</span>
                </span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setFile(null);
                    setFilePreview(null);
                    previewedFile.current = null;
                    setError(null);
                    if (fileInput.current) fileInput.current.value = "";
                  }}
                  className="shrink-0 rounded text-sm font-medium text-slate-600 hover:text-slate-900 hover:underline"
                >
                  Remove
                </button>
              </div>
            )}
            <div className="mt-5">
              <DetailsFields
                idPrefix={`${baseId}-upload`}
                legend={filePreview ? "Details (read from the file; correct them if needed)" : "Details (optional)"}
                hint={
                  filePreview
                    ? undefined
                    : file && !checkFile(file)
                      ? "Leave these empty and the importer reads them from the file (its headline, byline, date and address); anything you enter wins."
                      : "Read from the file when it is imported; anything you enter wins."
                }
                values={{ ...(filePreview ?? NO_DETAILS), ...fileEdited }}
                disabled={busy}
                onChange={(key, value) => setFileEdited((prev) => ({ ...prev, [key]: value }))}
              />
            </div>
          </div>
        )}

        {tab === "url" && (
          <div role="tabpanel" id={panelId("url")} aria-labelledby={tabId("url")}>
            <Field id={`${baseId}-url`} label="Article address" hint="The page is fetched by Factdesk and the article text is extracted; navigation, ads and comments are left out.">
              <Input
                id={`${baseId}-url`}
                type="text"
                inputMode="url"
                value={url}
                disabled={busy}
                onChange={(e) => setUrl(e.target.value)}
                placeholder="https://news.example.com/article"
                autoComplete="url"
                aria-invalid={(tab === "url" && !!error) || undefined}
                aria-describedby={error ? errorId : `${baseId}-url-hint`}
              />
            </Field>
          </div>
        )}

        {error && (
          <div id={errorId}>
            <Alert tone="error">{error}</Alert>
          </div>
        )}
        {progress && <ProgressNote progress={progress} />}

        <div className="flex items-center justify-end gap-3 border-t border-slate-100 pt-4">
          <Button type="submit" disabled={busy}>
            {busy ? "Importing…" : "Import article"}
          </Button>
        </div>
      </div>
    </form>
  );
}
