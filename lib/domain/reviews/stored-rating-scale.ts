import { DEFAULT_RATING_SCALE, validateRatingScale, type TRatingScale } from "./default-rating-scale";

const isEntry = (x: unknown): boolean =>
  typeof x === "object" && x !== null && typeof (x as { label?: unknown }).label === "string" && typeof (x as { color?: unknown }).color === "string";

/**
 * The workspace's scale from its stored JSON (Workspace.ratingScale): null, or anything that is
 * not a valid scale (it is validated before it is stored, so only a hand-edited row gets here),
 * means the default scale.
 */
export function ratingScaleFromStored(json: unknown): { scale: TRatingScale; isDefault: boolean } {
  if (json && typeof json === "object") {
    const s = json as { ratings?: unknown; nonScale?: unknown };
    if (Array.isArray(s.ratings) && Array.isArray(s.nonScale) && s.ratings.every(isEntry) && s.nonScale.every(isEntry)) {
      const scale = json as TRatingScale;
      if (validateRatingScale(scale).length === 0) return { scale, isDefault: false };
    }
  }
  return { scale: DEFAULT_RATING_SCALE, isDefault: true };
}
