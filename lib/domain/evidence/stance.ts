/** Where a piece of evidence stands on its claim. */
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export type TStance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<TStance, string> = {
  SUPPORTS: "Supports",
  REFUTES: "Refutes",
  CONTEXT: "Context",
};

/** Counts per stance, plus how many excerpts were not found in their source's captured text. */
export type TStanceSummary = { supports: number; refutes: number; context: number; total: number; excerptsNotFound: number };

export const EMPTY_STANCE_SUMMARY: TStanceSummary = { supports: 0, refutes: 0, context: 0, total: 0, excerptsNotFound: 0 };

export function summarizeStances(items: readonly { stance: TStance; excerptFound: boolean | null }[]): TStanceSummary {
  const out = { ...EMPTY_STANCE_SUMMARY };
  for (const e of items) {
    if (e.stance === "SUPPORTS") out.supports++;
    else if (e.stance === "REFUTES") out.refutes++;
    else out.context++;
    out.total++;
    if (e.excerptFound === false) out.excerptsNotFound++;
  }
  return out;
}

/** "3 refute · 1 supports · 2 context" (refutations first: they decide most verdicts); "No evidence" when empty. */
export function formatStanceSummary(s: TStanceSummary): string {
  if (s.total === 0) return "No evidence";
  const parts: string[] = [];
  if (s.refutes) parts.push(`${s.refutes} refute${s.refutes === 1 ? "s" : ""}`);
  if (s.supports) parts.push(`${s.supports} support${s.supports === 1 ? "s" : ""}`);
  if (s.context) parts.push(`${s.context} context`);
  return parts.join(" · ");
}
