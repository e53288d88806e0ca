"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, type TSourceType } from "@/lib/domain/evidence/source-type";
import type { TStance } from "@/lib/domain/evidence/stance";
import { evidenceApi, type TNewSource } from "./evidence-api";
import { looksLikeUrl, SourcePicker } from "./source-picker";
import { StancePicker } from "./stance-picker";

const PREVIEW_DEBOUNCE_MS = 500;
const inputClass =
  "block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600";

type TDraft = {
  query: string;
  picked: TSourceDto | null;
  offline: boolean;
  title: string;
  publisher: string;
  publishedAt: string;
  type: TSourceType;
  description: string;
  stance: TStance | null;
  excerpt: string;
  note: string;
};

const EMPTY: TDraft = { query: "", picked: null, offline: false, title: "", publisher: "", publishedAt: "", type: "OTHER", description: "", stance: null, excerpt: "", note: "" };

const withScheme = (s: string) => (/^https?:\/\//i.test(s.trim()) ? s.trim() : `https://${s.trim()}`);

/**
 * Adding evidence in one short flow: name the source (paste a URL and its title, publisher and
 * date fill in from the page; or pick one from the library; or describe one without a URL), pick
 * the stance, paste the excerpt. Nothing typed is lost on an error.
 */
export function AddEvidenceForm({ slug, claimId, onAdded, onCancel }: { slug: string; claimId: string; onAdded: () => void; onCancel: () => void }) {
  const id = useId();
  const [d, setD] = useState<TDraft>(EMPTY);
  // Keyed by the URL it is about, so a changed or cleared URL shows nothing stale.
  const [previewOf, setPreview] = useState<{ url: string; state: "loading" | "done" | "failed"; message?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof TDraft>(k: K, v: TDraft[K]) => setD((p) => ({ ...p, [k]: v }));
  const isUrl = !d.picked && !d.offline && looksLikeUrl(d.query);
  const url = isUrl ? withScheme(d.query) : null;
  const preview = previewOf && previewOf.url === url ? previewOf : { state: "idle" as const, message: undefined };

  useEffect(() => {
    firstRef.current?.querySelector("input")?.focus();
  }, []);

  // A pasted URL: fetch its title, publisher and date in the background (the user may type over them).
  useEffect(() => {
    if (!url) return;
    const ctl = new AbortController();
    const t = setTimeout(async () => {
      setPreview({ url, state: "loading" });
      const r = await evidenceApi.preview(slug, url, ctl.signal);
      if (ctl.signal.aborted) return;
      if (!r.ok) {
        setPreview({ url, state: "failed", message: r.message });
        return;
      }
      setPreview({ url, state: "done" });
      setD((p) => ({
        ...p,
        title: p.title || r.value.title || "",
        publisher: p.publisher || r.value.publisher || "",
        publishedAt: p.publishedAt || r.value.publishedAt || "",
      }));
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(t);
      ctl.abort();
    };
  }, [url, slug]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!d.stance) return setError("Pick a stance: does this source support the claim, refute it, or give context?");
    let source: TNewSource | undefined;
    if (d.picked) source = undefined;
    else if (d.offline) {
      if (!d.title.trim()) return setError("Give the source a title, e.g. “Phone interview with the harbour master”.");
      source = { title: d.title.trim(), type: d.type, description: d.description.trim(), ...(d.publisher.trim() ? { publisher: d.publisher.trim() } : {}), ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}) };
    } else if (url) {
      source = { url, type: d.type, ...(d.title.trim() ? { title: d.title.trim() } : {}), ...(d.publisher.trim() ? { publisher: d.publisher.trim() } : {}), ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}) };
    } else return setError(d.query.trim() ? "Pick a source from the list, paste a full web address, or choose “No URL”." : "Name the source: paste its web address or search the library.");
    setSaving(true);
    const r = await evidenceApi.add(slug, claimId, { ...(d.picked ? { sourceId: d.picked.id } : { source }), stance: d.stance, excerpt: d.excerpt, note: d.note });
    setSaving(false);
    if (!r.ok) {
      const fields = r.fieldErrors ? Object.values(r.fieldErrors).flat().join(" ") : "";
      setError(fields ? `${r.message} ${fields}` : r.message);
      return;
    }
    setD(EMPTY);
    onAdded();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add evidence" className="space-y-3 rounded-md bg-slate-50 p-2.5 ring-1 ring-slate-200" data-testid="add-evidence-form">
      <div ref={firstRef}>
        {d.picked ? (
          <div className="flex items-start justify-between gap-2 rounded-md bg-white p-2 ring-1 ring-slate-200">
            <div className="min-w-0">
              <p className="text-xs text-slate-500">From the library</p>
              <p className="truncate text-sm font-medium text-slate-900" data-testid="picked-source">
                {d.picked.title}
              </p>
              <p className="truncate text-xs text-slate-600">{[SOURCE_TYPE_LABELS[d.picked.type], d.picked.publisher].filter(Boolean).join(" · ")}</p>
            </div>
            <button type="button" className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50" onClick={() => set("picked", null)}>
              Change
            </button>
          </div>
        ) : d.offline ? (
          <div className="flex items-center justify-between">
            <p className="text-xs font-medium text-slate-700">A source without a URL</p>
            <button type="button" className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50" onClick={() => set("offline", false)}>
              Use a URL instead
            </button>
          </div>
        ) : (
          <>
            <label htmlFor={`${id}-source`} className="block text-xs font-medium text-slate-700">
              Source
            </label>
            <SourcePicker slug={slug} inputId={`${id}-source`} describedBy={`${id}-source-hint`} value={d.query} onChange={(v) => set("query", v)} onPick={(s) => setD((p) => ({ ...p, picked: s }))} />
            <p id={`${id}-source-hint`} className="mt-1 text-xs text-slate-500">
              Paste a URL or search the library.{" "}
              <button type="button" className="font-medium text-brand-700 underline underline-offset-2" onClick={() => set("offline", true)}>
                No URL (interview, call, print)?
              </button>
            </p>
          </>
        )}
      </div>

      {(isUrl || d.offline) && (
        <div className="space-y-2">
          {isUrl && (
            <p role="status" className="text-xs text-slate-600">
              {preview.state === "loading" ? "Reading the page…" : preview.state === "failed" ? `Could not read the page (${preview.message}) — fill in the details yourself; the archive will try again.` : preview.state === "done" ? "Details filled in from the page." : ""}
            </p>
          )}
          <div>
            <label htmlFor={`${id}-title`} className="block text-xs font-medium text-slate-700">
              Title{d.offline ? "" : " (optional)"}
            </label>
            <input id={`${id}-title`} value={d.title} onChange={(e) => set("title", e.target.value)} className={inputClass} placeholder={d.offline ? "Phone interview with …" : ""} />
          </div>
          <div className="grid grid-cols-2 gap-2">
            <div>
              <label htmlFor={`${id}-publisher`} className="block text-xs font-medium text-slate-700">
                Publisher
              </label>
              <input id={`${id}-publisher`} value={d.publisher} onChange={(e) => set("publisher", e.target.value)} className={inputClass} />
            </div>
            <div>
              <label htmlFor={`${id}-date`} className="block text-xs font-medium text-slate-700">
                Published
              </label>
              <input id={`${id}-date`} type="date" value={d.publishedAt} onChange={(e) => set("publishedAt", e.target.value)} className={inputClass} />
            </div>
          </div>
          <div>
            <label htmlFor={`${id}-type`} className="block text-xs font-medium text-slate-700">
              Type
            </label>
            <select id={`${id}-type`} value={d.type} onChange={(e) => set("type", e.target.value as TSourceType)} className={inputClass}>
              {SOURCE_TYPES.map((t) => (
                <option key={t} value={t}>
                  {SOURCE_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          {d.offline && (
            <div>
              <label htmlFor={`${id}-description`} className="block text-xs font-medium text-slate-700">
                Description
              </label>
              <textarea id={`${id}-description`} rows={2} value={d.description} onChange={(e) => set("description", e.target.value)} className={inputClass} placeholder="Who, when, how it can be checked" />
            </div>
          )}
        </div>
      )}

      <StancePicker name={`${id}-stance`} value={d.stance} onChange={(s) => set("stance", s)} />
      <div>
        <label htmlFor={`${id}-excerpt`} className="block text-xs font-medium text-slate-700">
          Excerpt
        </label>
        <textarea id={`${id}-excerpt`} rows={3} value={d.excerpt} onChange={(e) => set("excerpt", e.target.value)} className={inputClass} placeholder="Paste the passage that matters, word for word" />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="block text-xs font-medium text-slate-700">
          Note
        </label>
        <textarea id={`${id}-note`} rows={2} value={d.note} onChange={(e) => set("note", e.target.value)} className={inputClass} placeholder="Why it matters (optional)" />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-2.5 py-1.5 text-xs text-red-800 ring-1 ring-red-200 ring-inset">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" className="px-2.5 py-1 text-xs" disabled={saving}>
          {saving ? "Adding…" : "Add evidence"}
        </Button>
      </div>
    </form>
  );
}
