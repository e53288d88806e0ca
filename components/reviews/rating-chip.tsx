/**
 * A verdict's rating as readers see it: a colour swatch beside the label (and value on the scale),
 * so the colour is never the only signal.
 */
export function RatingChip({ rating, size = "md" }: { rating: { label: string; value: number | null; color: string }; size?: "sm" | "md" }) {
  return (
    <span
      data-testid="rating-chip"
      className={`inline-flex items-center gap-1.5 rounded-full bg-white font-medium whitespace-nowrap text-slate-900 ring-1 ring-slate-300 ring-inset ${size === "sm" ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-sm"}`}
    >
      <span className={`${size === "sm" ? "size-2" : "size-2.5"} shrink-0 rounded-full`} style={{ backgroundColor: rating.color }} aria-hidden="true" />
      {rating.label}
    </span>
  );
}
