import type { TSourceSummary } from "./source-dto";
import type { TStance } from "./stance";

/** A source cited on a claim. */
export type TEvidenceDto = {
  id: string;
  claimId: string;
  stance: TStance;
  /** The quoted passage (plain text, shown as text). */
  excerpt: string;
  note: string;
  /** Order within the claim, 0 first. */
  position: number;
  /**
   * Whether the excerpt occurs in the source's newest captured text (whitespace, quote marks, case
   * and small edits tolerated). false: flagged "quote not found in source". null: nothing to check yet.
   */
  excerptFound: boolean | null;
  source: TSourceSummary;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};
