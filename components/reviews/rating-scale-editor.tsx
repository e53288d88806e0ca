"use client";

import { useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { apiCall } from "@/components/ui/api-call";
import { Button } from "@/components/ui/button";
import {
  DEFAULT_RATING_SCALE,
  MAX_NON_SCALE_RATINGS,
  MAX_RATING_DESCRIPTION_LENGTH,
  MAX_RATING_LABEL_LENGTH,
  MAX_SCALE_RATINGS,
  MIN_SCALE_RATINGS,
  validateRatingScale,
  type TRatingScale,
} from "@/lib/domain/reviews/default-rating-scale";

export type TRatingScaleState = { scale: TRatingScale; version: number; isDefault: boolean };

type TRow = { key: string; label: string; value: string; color: string; description: string };
type TList = "ratings" | "nonScale";

const HEX = /^#[0-9a-fA-F]{6}$/;
let nextKey = 0;
/** Row keys (and the ids built from them) made in the browser; the first render's come from positions, so server and client agree. */
const key = () => `n${++nextKey}`;
const toRows = (s: TRatingScale, first = false) => ({
  ratings: s.ratings.map((r, i) => ({ key: first ? `s${i}` : key(), label: r.label, value: String(r.value), color: r.color, description: r.description })),
  nonScale: s.nonScale.map((r, i) => ({ key: first ? `o${i}` : key(), label: r.label, value: "", color: r.color, description: r.description })),
});
const toScale = (rows: { ratings: TRow[]; nonScale: TRow[] }): TRatingScale => ({
  ratings: rows.ratings.map((r) => ({ label: r.label, value: r.value.trim() === "" ? Number.NaN : Number(r.value), color: r.color.trim(), description: r.description })),
  nonScale: rows.nonScale.map((r) => ({ label: r.label, color: r.color.trim(), description: r.description })),
});

/**
 * The workspace's rating scale in settings. Owners and admins edit an ordered list (best first):
 * label, whole-number value, colour (picker and #hex), the description readers see; add, remove,
 * move up and down (values stay with their positions, so the order of values holds); the ratings
 * outside the scale; reset to the default. Saving sends the version it was loaded at: someone
 * else's save in between is a 409, shown as the server's sentence with a way to load theirs.
 * Verdicts already written keep their own copy of their rating. Others see it read-only.
 */
export function RatingScaleEditor({ slug, initial, editable }: { slug: string; initial: TRatingScaleState; editable: boolean }) {
  const [saved, setSaved] = useState(initial);
  const [rows, setRows] = useState(() => toRows(initial.scale, true));
  const [issues, setIssues] = useState<string[]>([]);
  const [status, setStatus] = useState<{ tone: "error" | "success" | "info"; text: string; conflict?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const scale = useMemo(() => toScale(rows), [rows]);
  // Compared in one key order (the stored JSON comes back with its keys in another).
  const baseline = useMemo(() => JSON.stringify(toScale(toRows(saved.scale, true))), [saved.scale]);
  const dirty = JSON.stringify(scale) !== baseline;

  if (!editable) return <RatingScaleView state={saved} />;

  const update = (list: TList, k: string, patch: Partial<TRow>) => setRows((r) => ({ ...r, [list]: r[list].map((row) => (row.key === k ? { ...row, ...patch } : row)) }));
  const focusLater = (id: string) => requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus());

  function move(list: TList, index: number, by: -1 | 1) {
    setRows((r) => {
      const items = [...r[list]];
      const j = index + by;
      if (j < 0 || j >= items.length) return r;
      const a = items[index]!;
      const b = items[j]!;
      // The values belong to the positions (best first), so a move keeps the scale in order.
      items[index] = { ...b, value: a.value };
      items[j] = { ...a, value: b.value };
      focusLater(`${list}-${a.key}-${by < 0 ? "up" : "down"}`);
      return { ...r, [list]: items };
    });
  }

  function remove(list: TList, index: number) {
    setRows((r) => {
      const items = r[list].filter((_, i) => i !== index);
      const next = items[Math.min(index, items.length - 1)];
      focusLater(next ? `${list}-${next.key}-label` : `${list}-add`);
      return { ...r, [list]: items };
    });
  }

  function add(list: TList) {
    setRows((r) => {
      const last = r.ratings[r.ratings.length - 1];
      const lastValue = last && last.value.trim() !== "" && Number.isFinite(Number(last.value)) ? Number(last.value) : 1;
      const row: TRow = { key: key(), label: "", value: list === "ratings" ? String(lastValue - 1) : "", color: "#57606A", description: "" };
      focusLater(`${list}-${row.key}-label`);
      return { ...r, [list]: [...r[list], row] };
    });
  }

  function resetToDefault() {
    setRows(toRows(DEFAULT_RATING_SCALE));
    setIssues([]);
    setStatus({ tone: "info", text: "The default scale is in the form. Save to use it." });
  }

  async function save() {
    const found = validateRatingScale(scale);
    setIssues(found);
    if (found.length > 0) {
      setStatus(null);
      return;
    }
    setBusy(true);
    setStatus(null);
    const res = await apiCall<TRatingScaleState>(`/api/w/${encodeURIComponent(slug)}/rating-scale`, { method: "PUT", json: { scale, version: saved.version } });
    setBusy(false);
    if (res.ok) {
      setSaved(res.value);
      setRows(toRows(res.value.scale));
      setStatus({ tone: "success", text: res.value.isDefault ? "Saved: the workspace uses the default scale." : "Rating scale saved. Verdicts already written keep the rating they were given." });
      return;
    }
    if (res.status === 400 && res.fieldErrors?.scale?.length) {
      setIssues(res.fieldErrors.scale);
      return;
    }
    setStatus({ tone: "error", text: res.message, conflict: res.status === 409 });
  }

  async function loadTheirs() {
    const res = await apiCall<TRatingScaleState>(`/api/w/${encodeURIComponent(slug)}/rating-scale`);
    if (!res.ok) return setStatus({ tone: "error", text: res.message });
    setSaved(res.value);
    setRows(toRows(res.value.scale));
    setIssues([]);
    setStatus({ tone: "info", text: `Loaded the current scale (version ${res.value.version}). Make your changes again and save.` });
  }

  return (
    <div ref={root} className="space-y-6" data-testid="rating-scale-editor">
      <p className="text-sm text-slate-600">
        Verdicts choose a rating from this list. Best first: each value must be lower than the one above it. Changing the scale never changes a verdict
        already written; it keeps the label, value, colour and description it was given.
        {saved.isDefault && !dirty && <span className="ml-1 font-medium text-slate-800">This workspace uses the default scale.</span>}
      </p>

      <RowList
        list="ratings"
        title="Ratings on the scale"
        hint={`${MIN_SCALE_RATINGS}–${MAX_SCALE_RATINGS} ratings, best first.`}
        rows={rows.ratings}
        max={MAX_SCALE_RATINGS}
        onChange={update}
        onMove={move}
        onRemove={remove}
        onAdd={add}
      />
      <RowList
        list="nonScale"
        title="Ratings outside the scale"
        hint={`Up to ${MAX_NON_SCALE_RATINGS}, for claims that cannot be placed on it (they carry no value).`}
        rows={rows.nonScale}
        max={MAX_NON_SCALE_RATINGS}
        onChange={update}
        onMove={move}
        onRemove={remove}
        onAdd={add}
      />

      {issues.length > 0 && (
        <div role="alert" className="rounded-md bg-red-50 px-3.5 py-2.5 text-sm text-red-800 ring-1 ring-red-200 ring-inset" data-testid="rating-scale-issues">
          <p className="font-medium">The scale cannot be saved yet:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {issues.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <div className="space-y-2">
          <Alert tone={status.tone}>{status.text}</Alert>
          {status.conflict && (
            <Button type="button" variant="secondary" onClick={loadTheirs}>
              Load the current scale (discards your changes)
            </Button>
          )}
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <Button type="button" onClick={save} disabled={busy || !dirty}>
          {busy ? "Saving…" : "Save rating scale"}
        </Button>
        <Button type="button" variant="secondary" onClick={resetToDefault} disabled={busy}>
          Reset to default
        </Button>
        {dirty && !busy && <span className="text-sm text-slate-600">Unsaved changes</span>}
      </div>
    </div>
  );
}

function RowList(props: {
  list: TList;
  title: string;
  hint: string;
  rows: TRow[];
  max: number;
  onChange: (list: TList, key: string, patch: Partial<TRow>) => void;
  onMove: (list: TList, index: number, by: -1 | 1) => void;
  onRemove: (list: TList, index: number) => void;
  onAdd: (list: TList) => void;
}) {
  const { list, title, hint, rows, max } = props;
  const headingId = `${list}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div>
        <h3 id={headingId} className="text-sm font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-xs text-slate-500">{hint}</p>
      </div>
      {rows.length === 0 && <p className="text-sm text-slate-600">None.</p>}
      <ol className="space-y-3">
        {rows.map((r, i) => {
          const id = `${list}-${r.key}`;
          const name = r.label.trim() || `${list === "ratings" ? "Rating" : "Rating outside the scale"} ${i + 1}`;
          const validColor = HEX.test(r.color.trim());
          return (
            <li key={r.key} className="rounded-md p-3 ring-1 ring-slate-200" data-testid={`${list}-row`}>
              <fieldset>
                <legend className="sr-only">{`${list === "ratings" ? "Rating" : "Rating outside the scale"} ${i + 1}: ${r.label.trim() || "no label yet"}`}</legend>
                <div className="flex flex-wrap items-end gap-3">
                  <span className="mb-2 w-6 shrink-0 text-sm font-medium text-slate-500" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <div className="min-w-[10rem] flex-1">
                    <label htmlFor={`${id}-label`} className="block text-xs font-medium text-slate-700">
                      Label
                    </label>
                    <input
                      id={`${id}-label`}
                      value={r.label}
                      maxLength={MAX_RATING_LABEL_LENGTH * 2}
                      onChange={(e) => props.onChange(list, r.key, { label: e.target.value })}
                      className="mt-1 block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
                    />
                  </div>
                  {list === "ratings" && (
                    <div className="w-20">
                      <label htmlFor={`${id}-value`} className="block text-xs font-medium text-slate-700">
                        Value
                      </label>
                      <input
                        id={`${id}-value`}
                        type="number"
                        step={1}
                        inputMode="numeric"
                        value={r.value}
                        onChange={(e) => props.onChange(list, r.key, { value: e.target.value })}
                        className="mt-1 block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
                      />
                    </div>
                  )}
                  <div>
                    <span id={`${id}-color-label`} className="block text-xs font-medium text-slate-700">
                      Colour
                    </span>
                    <div className="mt-1 flex items-center gap-1.5">
                      <input
                        type="color"
                        aria-labelledby={`${id}-color-label`}
                        aria-describedby={`${id}-color-picker`}
                        value={validColor ? r.color.trim().toLowerCase() : "#000000"}
                        onChange={(e) => props.onChange(list, r.key, { color: e.target.value.toUpperCase() })}
                        className="h-8 w-9 cursor-pointer rounded border-0 bg-transparent p-0 ring-1 ring-slate-300"
                      />
                      <span id={`${id}-color-picker`} className="sr-only">
                        colour picker for {name}
                      </span>
                      <input
                        id={`${id}-color`}
                        aria-label={`Colour of ${name} as #rrggbb`}
                        value={r.color}
                        maxLength={7}
                        spellCheck={false}
                        aria-invalid={!validColor || undefined}
                        onChange={(e) => props.onChange(list, r.key, { color: e.target.value })}
                        className={`block w-24 rounded-md border-0 px-2.5 py-1.5 font-mono text-sm text-slate-900 ring-1 ring-inset focus:ring-2 focus:ring-brand-600 ${validColor ? "ring-slate-300" : "ring-red-500"}`}
                      />
                    </div>
                  </div>
                  <div className="flex gap-1">
                    <Button
                      id={`${id}-up`}
                      type="button"
                      variant="ghost"
                      className="px-2 py-1.5"
                      aria-label={`Move ${name} up`}
                      disabled={i === 0}
                      onClick={() => props.onMove(list, i, -1)}
                    >
                      ↑
                    </Button>
                    <Button
                      id={`${id}-down`}
                      type="button"
                      variant="ghost"
                      className="px-2 py-1.5"
                      aria-label={`Move ${name} down`}
                      disabled={i === rows.length - 1}
                      onClick={() => props.onMove(list, i, 1)}
                    >
                      ↓
                    </Button>
                    <Button type="button" variant="ghost" className="px-2 py-1.5 text-red-700 hover:bg-red-50" aria-label={`Remove ${name}`} onClick={() => props.onRemove(list, i)}>
                      Remove
                    </Button>
                  </div>
                </div>
                <div className="mt-2 sm:ml-9">
                  <label htmlFor={`${id}-description`} className="block text-xs font-medium text-slate-700">
                    Description for readers
                  </label>
                  <textarea
                    id={`${id}-description`}
                    value={r.description}
                    rows={2}
                    maxLength={MAX_RATING_DESCRIPTION_LENGTH * 2}
                    onChange={(e) => props.onChange(list, r.key, { description: e.target.value })}
                    className="mt-1 block w-full rounded-md border-0 px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id={`${list}-add`} type="button" variant="secondary" disabled={rows.length >= max} onClick={() => props.onAdd(list)}>
        {list === "ratings" ? "Add a rating" : "Add a rating outside the scale"}
      </Button>
    </section>
  );
}

/** The scale for members who cannot change it. */
export function RatingScaleView({ state }: { state: TRatingScaleState }) {
  const { scale } = state;
  return (
    <div className="space-y-4 text-sm" data-testid="rating-scale-view">
      <ol className="divide-y divide-slate-100" aria-label="Ratings on the scale, best first">
        {scale.ratings.map((r) => (
          <li key={r.label} className="flex items-start gap-3 py-2">
            <span className="mt-1 size-3 shrink-0 rounded-full" style={{ backgroundColor: r.color }} aria-hidden="true" />
            <div>
              <p className="font-medium text-slate-900">
                {r.label} <span className="font-normal text-slate-500">· value {r.value}</span>
              </p>
              <p className="text-slate-600">{r.description}</p>
            </div>
          </li>
        ))}
      </ol>
      {scale.nonScale.length > 0 && (
        <div>
          <h3 className="font-semibold text-slate-900">Outside the scale</h3>
          <ul className="divide-y divide-slate-100">
            {scale.nonScale.map((r) => (
              <li key={r.label} className="flex items-start gap-3 py-2">
                <span className="mt-1 size-3 shrink-0 rounded-full" style={{ backgroundColor: r.color }} aria-hidden="true" />
                <div>
                  <p className="font-medium text-slate-900">{r.label}</p>
                  <p className="text-slate-600">{r.description}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-slate-600">{state.isDefault ? "This is the default scale. " : ""}Only owners and admins can change the rating scale.</p>
    </div>
  );
}
