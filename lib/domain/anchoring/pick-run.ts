import { quoteSimilarity } from "./quote-similarity";
import type { TTextSpan } from "./text-quote";

/**
 * Which of a claim's mark runs is the claim: the one whose text is most like the stored quote
 * (a copy-paste inside the editor can clone a claim's mark elsewhere). Ties go to the earlier run.
 * Null only when there is no run; whether the best run is still similar enough is the caller's
 * call (DETACH_BELOW).
 */
export function pickRun(text: string, runs: readonly TTextSpan[], exact: string): TTextSpan | null {
  let best: TTextSpan | null = null;
  let bestScore = -1;
  for (const run of runs) {
    if (runs.length === 1) return { start: run.start, end: run.end };
    const score = quoteSimilarity(text.slice(run.start, run.end), exact);
    if (score > bestScore) {
      best = run;
      bestScore = score;
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}
