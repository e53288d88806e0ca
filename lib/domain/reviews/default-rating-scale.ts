/**
 * Rating scales: the ordered ratings a workspace's verdicts choose from, plus ratings that sit
 * outside the scale (a claim that cannot be checked is not "half true"). The default is what a
 * new workspace starts with; owners and admins edit their own copy.
 *
 * A verdict keeps its own copy of the rating it was given (label, value, description, colour), so
 * editing the scale later never changes what was approved or published.
 */

export type TRatingScaleEntry = {
  label: string;
  /**
   * Position on the scale as a number (ClaimReview's ratingValue). Entries are listed best first
   * with strictly decreasing values, so the first is bestRating and the last worstRating.
   */
  value: number;
  /** #rrggbb; the UI pairs it with the label, never relies on colour alone. */
  color: string;
  /** Shown to readers beside the rating on public pages and in the methodology. */
  description: string;
};

/** A rating outside the scale: it has no value, so ClaimReview carries only its name. */
export type TNonScaleRating = Omit<TRatingScaleEntry, "value">;

export type TRatingScale = {
  ratings: TRatingScaleEntry[];
  nonScale: TNonScaleRating[];
};

/** What a verdict stores: a copy of the rating at the time, `value` null for a non-scale rating. */
export type TVerdictRating = { label: string; value: number | null; color: string; description: string };

export const MIN_SCALE_RATINGS = 2;
export const MAX_SCALE_RATINGS = 12;
export const MAX_NON_SCALE_RATINGS = 6;
export const MAX_RATING_LABEL_LENGTH = 40;
export const MAX_RATING_DESCRIPTION_LENGTH = 300;

/**
 * Five steps, a common shape for fact-checkers' scales; values 5..1 so ClaimReview's best is 5
 * and worst is 1. Colours run green to red and each has at least 4.5:1 contrast against white, so
 * a label in white on its colour stays readable.
 */
export const DEFAULT_RATING_SCALE: TRatingScale = {
  ratings: [
    { label: "True", value: 5, color: "#1A7F37", description: "The claim is accurate and nothing significant is missing." },
    { label: "Mostly true", value: 4, color: "#4D7C0F", description: "The claim is accurate but needs clarification or additional information." },
    { label: "Mixed", value: 3, color: "#9A6700", description: "The claim is partly accurate and partly inaccurate." },
    {
      label: "Mostly false",
      value: 2,
      color: "#BC4C00",
      description: "The claim contains an element of truth but leaves out facts that would give a different impression.",
    },
    { label: "False", value: 1, color: "#CF222E", description: "The claim is inaccurate." },
  ],
  nonScale: [
    { label: "Unverifiable", color: "#57606A", description: "The available evidence can neither confirm nor refute the claim." },
    {
      label: "Missing context",
      color: "#8250DF",
      description: "The claim may be accurate in itself but leaves out context that changes how it should be understood.",
    },
  ],
};

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Labels compare as readers see them: case, composition and spacing do not make two ratings. */
function labelKey(label: string): string {
  return label.normalize("NFC").replace(/\s+/gu, " ").trim().toLocaleLowerCase("en");
}

function describe(kind: "Rating" | "Rating outside the scale", index: number, label: string): string {
  const name = label.trim();
  return name ? `${kind} ${index + 1} ("${name}")` : `${kind} ${index + 1}`;
}

function entryIssues(kind: "Rating" | "Rating outside the scale", index: number, e: TNonScaleRating): string[] {
  const issues: string[] = [];
  const who = describe(kind, index, e.label);
  const label = e.label.trim();
  if (label === "") issues.push(`${who} needs a label.`);
  else if ([...label].length > MAX_RATING_LABEL_LENGTH) issues.push(`${who} has a label longer than ${MAX_RATING_LABEL_LENGTH} characters.`);
  if (!HEX_COLOR.test(e.color)) issues.push(`${who} needs a colour written as #rrggbb.`);
  const description = e.description.trim();
  if (description === "") issues.push(`${who} needs a description for readers.`);
  else if ([...description].length > MAX_RATING_DESCRIPTION_LENGTH) {
    issues.push(`${who} has a description longer than ${MAX_RATING_DESCRIPTION_LENGTH} characters.`);
  }
  return issues;
}

/**
 * What is wrong with a scale, as sentences for the settings form (empty when it is valid). The
 * shape (strings, numbers) is the edge's zod schema's job; these are the rules a schema cannot
 * say well: counts, order, unique labels across both lists.
 */
export function validateRatingScale(scale: TRatingScale): string[] {
  const issues: string[] = [];
  const { ratings, nonScale } = scale;
  if (ratings.length < MIN_SCALE_RATINGS) issues.push(`A scale needs at least ${MIN_SCALE_RATINGS} ratings.`);
  if (ratings.length > MAX_SCALE_RATINGS) issues.push(`A scale has at most ${MAX_SCALE_RATINGS} ratings.`);
  if (nonScale.length > MAX_NON_SCALE_RATINGS) issues.push(`At most ${MAX_NON_SCALE_RATINGS} ratings can sit outside the scale.`);

  ratings.forEach((r, i) => {
    issues.push(...entryIssues("Rating", i, r));
    if (!Number.isFinite(r.value)) {
      issues.push(`${describe("Rating", i, r.label)} needs a numeric value.`);
      return;
    }
    const prev = ratings[i - 1];
    if (prev && Number.isFinite(prev.value) && !(r.value < prev.value)) {
      issues.push(
        `${describe("Rating", i, r.label)} must have a lower value than ${describe("Rating", i - 1, prev.label)}: ratings go from best to worst.`,
      );
    }
  });
  nonScale.forEach((r, i) => issues.push(...entryIssues("Rating outside the scale", i, r)));

  // Verdicts and ClaimReview name ratings by label, so two with one label would be ambiguous.
  const seen = new Map<string, string>();
  const all = [...ratings.map((r, i) => [r.label, describe("Rating", i, r.label)] as const), ...nonScale.map((r, i) => [r.label, describe("Rating outside the scale", i, r.label)] as const)];
  for (const [label, who] of all) {
    const key = labelKey(label);
    if (key === "") continue;
    const first = seen.get(key);
    if (first) issues.push(`${who} has the same label as ${first}.`);
    else seen.set(key, who);
  }
  return issues;
}

/** The best and worst values, for ClaimReview's bestRating/worstRating. Assumes a valid scale. */
export function ratingBounds(scale: TRatingScale): { best: number; worst: number } {
  const values = scale.ratings.map((r) => r.value);
  return { best: Math.max(...values), worst: Math.min(...values) };
}

/**
 * The copy of a rating a verdict stores, found by label in either list; null when the scale has
 * no such label (it was renamed or removed: the verdict keeps its old copy, new verdicts choose again).
 */
export function verdictRating(scale: TRatingScale, label: string): TVerdictRating | null {
  const key = labelKey(label);
  const onScale = scale.ratings.find((r) => labelKey(r.label) === key);
  if (onScale) return { label: onScale.label, value: onScale.value, color: onScale.color, description: onScale.description };
  const off = scale.nonScale.find((r) => labelKey(r.label) === key);
  return off ? { label: off.label, value: null, color: off.color, description: off.description } : null;
}
