import { describe, expect, test } from "vitest";
import {
  DEFAULT_RATING_SCALE,
  ratingBounds,
  validateRatingScale,
  verdictRating,
  type TRatingScale,
  type TRatingScaleEntry,
} from "@/lib/domain/reviews/default-rating-scale";

const copy = (): TRatingScale => structuredClone(DEFAULT_RATING_SCALE);
const entry = (label: string, value: number): TRatingScaleEntry => ({ label, value, color: "#1A7F37", description: `${label}.` });

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}

describe("the default scale", () => {
  test("is valid", () => {
    expect(validateRatingScale(DEFAULT_RATING_SCALE)).toEqual([]);
  });

  test("runs True … False with values 5..1, plus Unverifiable and Missing context", () => {
    expect(DEFAULT_RATING_SCALE.ratings.map((r) => [r.label, r.value])).toEqual([
      ["True", 5],
      ["Mostly true", 4],
      ["Mixed", 3],
      ["Mostly false", 2],
      ["False", 1],
    ]);
    expect(DEFAULT_RATING_SCALE.nonScale.map((r) => r.label)).toEqual(["Unverifiable", "Missing context"]);
    expect(ratingBounds(DEFAULT_RATING_SCALE)).toEqual({ best: 5, worst: 1 });
  });

  test("every colour keeps white text readable (WCAG AA, 4.5:1)", () => {
    for (const r of [...DEFAULT_RATING_SCALE.ratings, ...DEFAULT_RATING_SCALE.nonScale]) {
      expect(contrastWithWhite(r.color), r.label).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("validateRatingScale", () => {
  test("2 and 12 ratings are fine; 1 and 13 are not", () => {
    const sized = (n: number): TRatingScale => ({ ratings: Array.from({ length: n }, (_, i) => entry(`R${i}`, n - i)), nonScale: [] });
    expect(validateRatingScale(sized(2))).toEqual([]);
    expect(validateRatingScale(sized(12))).toEqual([]);
    expect(validateRatingScale(sized(1))).toEqual(["A scale needs at least 2 ratings."]);
    expect(validateRatingScale(sized(13))).toEqual(["A scale has at most 12 ratings."]);
    expect(validateRatingScale({ ratings: [], nonScale: [] })).toEqual(["A scale needs at least 2 ratings."]);
  });

  test("values must go strictly down from best to worst", () => {
    const s = copy();
    s.ratings[2] = { ...s.ratings[2]!, value: 4 };
    expect(validateRatingScale(s)).toEqual(['Rating 3 ("Mixed") must have a lower value than Rating 2 ("Mostly true"): ratings go from best to worst.']);
    const up: TRatingScale = { ratings: [entry("Bad", 1), entry("Good", 2)], nonScale: [] };
    expect(validateRatingScale(up)).toEqual(['Rating 2 ("Good") must have a lower value than Rating 1 ("Bad"): ratings go from best to worst.']);
    expect(validateRatingScale({ ratings: [entry("A", 1.5), entry("B", -2)], nonScale: [] })).toEqual([]);
  });

  test("a value that is not a number", () => {
    expect(validateRatingScale({ ratings: [entry("A", 2), entry("B", Number.NaN)], nonScale: [] })).toEqual(['Rating 2 ("B") needs a numeric value.']);
  });

  test("labels are unique across both lists, whatever their case and spacing", () => {
    const s = copy();
    s.ratings[4] = { ...s.ratings[4]!, label: " mostly  TRUE" };
    s.nonScale[1] = { ...s.nonScale[1]!, label: "True" };
    expect(validateRatingScale(s)).toEqual([
      'Rating 5 ("mostly  TRUE") has the same label as Rating 2 ("Mostly true").',
      'Rating outside the scale 2 ("True") has the same label as Rating 1 ("True").',
    ]);
  });

  test("every rating needs a label, a #rrggbb colour and a description", () => {
    const s = copy();
    s.ratings[0] = { label: "  ", value: 5, color: "green", description: "" };
    s.nonScale[0] = { label: "x".repeat(41), color: "#12345", description: "y".repeat(301) };
    expect(validateRatingScale(s)).toEqual([
      "Rating 1 needs a label.",
      "Rating 1 needs a colour written as #rrggbb.",
      "Rating 1 needs a description for readers.",
      `Rating outside the scale 1 ("${"x".repeat(41)}") has a label longer than 40 characters.`,
      `Rating outside the scale 1 ("${"x".repeat(41)}") needs a colour written as #rrggbb.`,
      `Rating outside the scale 1 ("${"x".repeat(41)}") has a description longer than 300 characters.`,
    ]);
  });

  test("at most 6 ratings outside the scale", () => {
    const s = copy();
    s.nonScale = Array.from({ length: 7 }, (_, i) => ({ label: `N${i}`, color: "#57606A", description: "d" }));
    expect(validateRatingScale(s)).toEqual(["At most 6 ratings can sit outside the scale."]);
  });

  test("every issue is a sentence", () => {
    const s: TRatingScale = { ratings: [{ label: "", value: Number.NaN, color: "", description: "" }], nonScale: [{ label: "", color: "", description: "" }] };
    const issues = validateRatingScale(s);
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) expect(issue).toMatch(/^[A-Z].*\.$/);
  });
});

describe("verdictRating", () => {
  test("copies a rating by label, with a null value outside the scale", () => {
    expect(verdictRating(DEFAULT_RATING_SCALE, "mostly false")).toEqual({
      label: "Mostly false",
      value: 2,
      color: "#BC4C00",
      description: "The claim contains an element of truth but leaves out facts that would give a different impression.",
    });
    expect(verdictRating(DEFAULT_RATING_SCALE, "Unverifiable")).toMatchObject({ label: "Unverifiable", value: null });
    expect(verdictRating(DEFAULT_RATING_SCALE, "Pants on fire")).toBeNull();
  });
});
