"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { TSourceDto } from "@/lib/domain/evidence/source-dto";
import { SOURCE_TYPE_LABELS } from "@/lib/domain/evidence/source-type";
import { evidenceApi } from "./evidence-api";

const SEARCH_DEBOUNCE_MS = 200;

/** Whether what was typed is meant as a web address rather than a library search. */
export function looksLikeUrl(s: string): boolean {
  const t = s.trim();
  return /^https?:\/\//i.test(t) || /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t);
}

/**
 * One box for both ways of naming a source: paste a URL (the parent takes it from there), or type
 * words and pick a source of the library (a combobox: arrow keys move, Enter picks, Escape closes).
 */
export function SourcePicker(props: { slug: string; value: string; onChange: (v: string) => void; onPick: (s: TSourceDto) => void; inputId: string; describedBy?: string }) {
  const { slug, value, onChange, onPick, inputId, describedBy } = props;
  const listId = useId();
  const [results, setResults] = useState<TSourceDto[]>([]);
  const [openState, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const q = value.trim();
  const searchable = q.length >= 2 && !looksLikeUrl(q);
  // Typing back below two characters (or a URL) closes the list without a state change.
  const open = openState && searchable;

  useEffect(() => {
    if (!searchable) return;
    const t = setTimeout(async () => {
      abort.current?.abort();
      const ctl = new AbortController();
      abort.current = ctl;
      setSearching(true);
      const r = await evidenceApi.searchSources(slug, q, ctl.signal);
      if (ctl.signal.aborted) return;
      setSearching(false);
      if (!r.ok) {
        setError(r.message);
        return;
      }
      setError(null);
      setResults(r.value.sources);
      setActive(r.value.sources.length ? 0 : -1);
      setOpen(true);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [q, searchable, slug]);

  const pick = (s: TSourceDto) => {
    setOpen(false);
    onPick(s);
  };

  return (
    <div className="relative">
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={value}
        placeholder="https://… or words from a source's title"
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => results.length > 0 && searchable && setOpen(true)}
        onKeyDown={(e) => {
          if (!open || results.length === 0) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => (a + 1) % results.length);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
          } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            pick(results[active]!);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
        className="block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600"
      />
      <span role="status" className="sr-only">
        {searching ? "Searching the library…" : open ? `${results.length} source${results.length === 1 ? "" : "s"} found` : ""}
      </span>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
      {open && (
        <ul id={listId} role="listbox" aria-label="Sources in the library" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          {results.length === 0 ? (
            <li className="px-3 py-2 text-xs text-slate-600" role="option" aria-selected={false} aria-disabled="true">
              No source in the library matches. Paste its URL, or describe it without one.
            </li>
          ) : (
            results.map((s, i) => (
              <li
                key={s.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(s)}
                onMouseEnter={() => setActive(i)}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50" : ""}`}
              >
                <span className="block truncate font-medium text-slate-900">{s.title}</span>
                <span className="block truncate text-xs text-slate-600">
                  {[SOURCE_TYPE_LABELS[s.type], s.publisher, s.url].filter(Boolean).join(" · ")} · cited {s.usage.claims}×
                </span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
