"use client";

import { useId, useRef, useState } from "react";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { StanceBadge } from "@/components/evidence/stance-badge";
import { Button } from "@/components/ui/button";
import type { TEvidenceDto } from "@/lib/domain/evidence/evidence-dto";
import type { TRatingScale } from "@/lib/domain/reviews/default-rating-scale";
import type { TVerdictDto } from "@/lib/domain/reviews/review-dto";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";
import { RationaleEditor } from "./rationale-editor";

export const SUMMARY_MAX = 1000;
const EMPTY_DOC: TTiptapNode = { type: "doc", content: [{ type: "paragraph" }] };

export type TVerdictDraft = { rating: string; summary: string; rationale: TTiptapNode; evidenceIds: string[] };

/**
 * Proposing a verdict: a rating from the workspace's scale (then the ratings outside it), a
 * summary for readers, the rationale in rich text and the claim's evidence it rests on. Saving
 * makes a new version; the previous ones stay and can be compared.
 */
export function VerdictForm(props: {
  scale: TRatingScale;
  evidence: TEvidenceDto[];
  current: TVerdictDto | null;
  nextVersion: number;
  busy: boolean;
  fieldErrors?: Record<string, string[]>;
  onSubmit: (draft: TVerdictDraft) => void;
  onCancel?: () => void;
}) {
  const { scale, evidence, current, nextVersion, busy, fieldErrors, onSubmit, onCancel } = props;
  const id = useId();
  const [rating, setRating] = useState(current?.rating.label ?? "");
  const [summary, setSummary] = useState(current?.summary ?? "");
  const [rationale, setRationale] = useState<TTiptapNode>(current?.rationale ?? EMPTY_DOC);
  const [evidenceIds, setEvidenceIds] = useState<string[]>(current ? current.evidenceIds.filter((e) => evidence.some((x) => x.id === e)) : evidence.map((e) => e.id));
  const [touched, setTouched] = useState(false);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  useTypedBeforeHydration(summaryRef, summary, (value) => setSummary(value));
  const missing = rating === "" ? "Choose a rating." : summary.trim() === "" ? "Write a short summary for readers." : null;

  const ratingOption = (r: { label: string; color: string; description: string; value?: number }) => (
    <label
      key={r.label}
      className="flex cursor-pointer items-start gap-2.5 rounded-md px-2.5 py-2 ring-1 ring-slate-200 hover:bg-slate-50 has-[:checked]:bg-slate-50 has-[:checked]:ring-2 has-[:checked]:ring-slate-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600"
    >
      <input type="radio" name={`${id}-rating`} value={r.label} checked={rating === r.label} onChange={() => setRating(r.label)} className="mt-1 accent-slate-800" />
      <span className="min-w-0">
        <span className="flex items-center gap-1.5 text-sm font-medium text-slate-900">
          <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: r.color }} aria-hidden="true" />
          {r.label}
        </span>
        <span className="block text-xs text-slate-600">{r.description}</span>
      </span>
    </label>
  );

  return (
    <form
      data-testid="verdict-form"
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (missing) return;
        onSubmit({ rating, summary: summary.trim(), rationale, evidenceIds });
      }}
    >
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Rating</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">{scale.ratings.map(ratingOption)}</div>
        {scale.nonScale.length > 0 && (
          <>
            <p className="mt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">Outside the scale</p>
            <div className="mt-1.5 grid gap-2 sm:grid-cols-2">{scale.nonScale.map(ratingOption)}</div>
          </>
        )}
        {fieldErrors?.rating && <p className="mt-1 text-sm text-red-700">{fieldErrors.rating[0]}</p>}
      </fieldset>

      <div>
        <label htmlFor={`${id}-summary`} className="text-sm font-semibold text-slate-900">
          Summary for readers
        </label>
        <p id={`${id}-summary-hint`} className="text-xs text-slate-600">
          One or two sentences: what is true, and what the claim gets wrong or leaves out.
        </p>
        <textarea
          ref={summaryRef}
          id={`${id}-summary`}
          aria-describedby={`${id}-summary-hint ${id}-summary-count`}
          aria-invalid={touched && summary.trim() === ""}
          rows={3}
          maxLength={SUMMARY_MAX}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          className="mt-1.5 w-full rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-400 focus:outline-none"
        />
        <p id={`${id}-summary-count`} className="text-right text-xs text-slate-500">
          {summary.length} / {SUMMARY_MAX}
        </p>
        {fieldErrors?.summary && <p className="text-sm text-red-700">{fieldErrors.summary[0]}</p>}
      </div>

      <div>
        <p id={`${id}-rationale-label`} className="text-sm font-semibold text-slate-900">
          Rationale
        </p>
        <p className="mb-1.5 text-xs text-slate-600">How the evidence leads to the rating. Reviewers sign off exactly this text.</p>
        <RationaleEditor id={`${id}-rationale`} labelledBy={`${id}-rationale-label`} initial={rationale} onChange={setRationale} disabled={busy} />
        {fieldErrors?.rationale && <p className="mt-1 text-sm text-red-700">{fieldErrors.rationale[0]}</p>}
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Evidence it rests on</legend>
        {evidence.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">This claim has no evidence yet. Add sources in the document’s claim panel; a verdict can also rest on none.</p>
        ) : (
          <ul className="mt-2 space-y-1.5">
            {evidence.map((e) => (
              <li key={e.id}>
                <label className="flex cursor-pointer items-start gap-2.5 rounded-md px-2.5 py-2 ring-1 ring-slate-200 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    checked={evidenceIds.includes(e.id)}
                    onChange={(ev) => setEvidenceIds((ids) => (ev.target.checked ? [...ids, e.id] : ids.filter((x) => x !== e.id)))}
                    className="mt-1 accent-slate-800"
                  />
                  <span className="min-w-0 text-sm">
                    <span className="flex flex-wrap items-center gap-1.5">
                      <StanceBadge stance={e.stance} />
                      <span className="font-medium text-slate-900">{e.source.title}</span>
                    </span>
                    {e.excerpt && <span className="mt-0.5 block text-slate-600">“{e.excerpt}”</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      {touched && missing && (
        <p role="alert" className="text-sm text-red-700">
          {missing}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={busy} data-testid="save-verdict">
          {busy ? "Saving…" : `Save as version ${nextVersion}`}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
