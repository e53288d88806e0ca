/** The public history of a verdict: one entry per publication after the first, newest first. Pure. */
export type THistoryVersion = {
  version: number;
  kind: "PUBLISH" | "CORRECTION" | "RETRACTION";
  ratingLabel: string;
  publishedAt: string;
  note: string | null;
};

export type THistoryEntry = { version: number; kind: THistoryVersion["kind"]; publishedAt: string; sentence: string; note: string | null };

export function correctionsHistory(versions: readonly THistoryVersion[]): THistoryEntry[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const out: THistoryEntry[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    const prev = sorted[i - 1];
    let sentence: string;
    if (v.kind === "PUBLISH") sentence = `Published with the rating “${v.ratingLabel}”.`;
    else if (v.kind === "RETRACTION") sentence = "Retracted.";
    else if (prev && prev.ratingLabel !== v.ratingLabel) sentence = `Corrected: rating changed from “${prev.ratingLabel}” to “${v.ratingLabel}”.`;
    else sentence = `Corrected; the rating “${v.ratingLabel}” stands.`;
    out.push({ version: v.version, kind: v.kind, publishedAt: v.publishedAt, sentence, note: v.note });
  }
  return out.reverse();
}
