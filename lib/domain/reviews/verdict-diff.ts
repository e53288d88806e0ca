import { diffTexts, type TTextDiff } from "@/lib/domain/documents/text-diff";

/** The parts of a verdict version a diff compares. */
export type TVerdictForDiff = {
  version: number;
  rating: { label: string; value: number | null };
  summary: string;
  rationaleText: string;
  evidenceIds: readonly string[];
};

export type TVerdictDiff = {
  from: number;
  to: number;
  /** Null when the rating is the same. */
  rating: { from: string; to: string } | null;
  /** Word by word; null when a text was rewritten beyond a quick diff (the caller shows both). */
  summary: TTextDiff | null;
  rationale: TTextDiff | null;
  evidenceAdded: string[];
  evidenceRemoved: string[];
  /** Nothing a reader would see changed. */
  same: boolean;
};

const ratingText = (r: { label: string; value: number | null }) => (r.value === null ? r.label : `${r.label} (${r.value})`);

/**
 * What changed between two versions of a verdict, word by word for the summary and the rationale
 * (jsdiff, as the document's original-vs-working diff), with the rating and the evidence set.
 * Pure: the review view computes it in the browser for any two versions.
 */
export function diffVerdicts(older: TVerdictForDiff, newer: TVerdictForDiff): TVerdictDiff {
  const summary = diffTexts(older.summary, newer.summary);
  const rationale = diffTexts(older.rationaleText, newer.rationaleText);
  const before = new Set(older.evidenceIds);
  const after = new Set(newer.evidenceIds);
  const evidenceAdded = [...after].filter((id) => !before.has(id));
  const evidenceRemoved = [...before].filter((id) => !after.has(id));
  const rating =
    older.rating.label === newer.rating.label && older.rating.value === newer.rating.value ? null : { from: ratingText(older.rating), to: ratingText(newer.rating) };
  const textSame = (d: TTextDiff | null) => d !== null && d.insertions === 0 && d.deletions === 0;
  return {
    from: older.version,
    to: newer.version,
    rating,
    summary,
    rationale,
    evidenceAdded,
    evidenceRemoved,
    same: rating === null && textSame(summary) && textSame(rationale) && evidenceAdded.length === 0 && evidenceRemoved.length === 0,
  };
}
